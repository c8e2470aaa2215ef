// E-mail addresses are published as "user [at] domain" with the parts in
// data attributes, so harvesters find no address in the HTML. For readers
// with JavaScript this turns each into a normal mailto: link.
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
