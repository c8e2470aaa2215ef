// Video facades (templates/components/video.html): the page makes no
// request to the video host until the reader presses play, which keeps the
// site's promise of no third-party requests. Without JavaScript the play
// button stays hidden and the link to the video's page remains.
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll(".video-facade[data-embed]:not([data-ready])"), function (facade) {
    facade.setAttribute("data-ready", "");
    var button = facade.querySelector(".video-play");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.src = facade.getAttribute("data-embed");
      frame.title = facade.getAttribute("data-title") || button.textContent;
      frame.allow = "autoplay; fullscreen; picture-in-picture; encrypted-media";
      frame.allowFullscreen = true;
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      frame.className = "video-frame";
      facade.replaceChildren(frame);
      frame.focus();
    });
  });
})();
