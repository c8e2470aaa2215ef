// E-mail addresses are published as "user [at] domain" with an
// entity-encoded mailto: link, so harvesters find no address in the HTML
// while people without JavaScript can still read and click it. With
// JavaScript the visible text becomes the plain address.
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("a.email[data-user][data-domain]"), function (link) {
    var address = link.getAttribute("data-user") + "@" + link.getAttribute("data-domain");
    link.href = "mailto:" + address;
    link.textContent = address;
  });
})();
