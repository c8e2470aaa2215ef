// Calendar page: a static page can be read long after it was built, so
// events whose end has passed move from "upcoming" to "past" (into their
// month, most recent first) when the page is read. Without JavaScript the
// built order stands.
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
  function monthList(li) {
    var month = li.getAttribute("data-month");
    var groups = past.querySelectorAll("section.month");
    for (var i = 0; i < groups.length; i++) {
      if (groups[i].getAttribute("data-month") === month) return groups[i].querySelector("ul");
    }
    var section = document.createElement("section");
    section.className = "month";
    section.setAttribute("data-month", month);
    section.setAttribute("aria-label", li.getAttribute("data-month-label"));
    var heading = document.createElement("h3");
    heading.textContent = li.getAttribute("data-month-label");
    var list = document.createElement("ul");
    list.className = "event-list";
    section.appendChild(heading);
    section.appendChild(list);
    // Past months are listed newest first.
    var before = null;
    for (var j = 0; j < groups.length && !before; j++) {
      if (groups[j].getAttribute("data-month") < month) before = groups[j];
    }
    past.insertBefore(section, before);
    return list;
  }
  var ended = Array.prototype.filter.call(upcoming.querySelectorAll("li.event"), function (li) {
    var end = endOf(li.getAttribute("data-end") || "");
    return !isNaN(end) && end <= now;
  });
  // Upcoming is soonest first; past is most recent first.
  ended.forEach(function (li) {
    var list = monthList(li);
    list.insertBefore(li, list.firstChild);
  });
  Array.prototype.forEach.call(upcoming.querySelectorAll("section.month"), function (section) {
    if (!section.querySelector("li.event")) section.parentNode.removeChild(section);
  });
  [upcoming, past].forEach(function (box) {
    var has = box.querySelector("li.event") !== null;
    box.hidden = !has;
    var empty = document.getElementById(box.id + "-empty");
    if (empty) empty.hidden = has;
  });
})();
