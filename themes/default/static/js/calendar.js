// Calendar page: a static page can be read long after it was built, so
// events whose end has passed move from "upcoming" to the top of "past"
// when the page is read. Without JavaScript the built order stands.
(function () {
  "use strict";
  var upcoming = document.getElementById("upcoming");
  var past = document.getElementById("past");
  if (!upcoming || !past) return;
  var now = Date.now();
  function endOf(value) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return Date.parse(value + "T00:00:00Z") + 86400000; // all-day: inclusive last day
    return Date.parse(value);
  }
  var moved = Array.prototype.filter.call(upcoming.querySelectorAll("li.event"), function (li) {
    var end = endOf(li.getAttribute("data-end") || "");
    return !isNaN(end) && end <= now;
  });
  // Most recently ended first, above the events that were already past.
  moved.reverse().forEach(function (li) { past.insertBefore(li, past.firstChild); });
  function sync(list) {
    var empty = document.getElementById(list.id + "-empty");
    var has = list.querySelector("li.event") !== null;
    list.hidden = !has;
    if (empty) empty.hidden = has;
  }
  sync(upcoming);
  sync(past);
})();
