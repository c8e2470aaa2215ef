// E-mail addresses are published as "user [at] domain", with the two parts
// in data attributes, so the HTML contains no address and no mailto: link
// for harvesters to collect. People without JavaScript read the address;
// with JavaScript it becomes a normal mailto: link.
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll(".email[data-user][data-domain]"), function (el) {
    var address = el.getAttribute("data-user") + "@" + el.getAttribute("data-domain");
    var link = document.createElement("a");
    link.href = "mailto:" + address;
    link.textContent = address;
    link.dir = "ltr";
    el.textContent = "";
    el.appendChild(link);
  });
})();
