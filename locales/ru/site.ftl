footer-about = «Мера 31» — программа Шведского института в рамках национального плана действий Швеции по борьбе с проституцией и торговлей людьми в сексуальных целях.

# Tags (term ids in front matter, `tags: [...]`). The site's addresses in
# this language are transliterated, so the tag pages' are too (`.slug`).
tags = Теги
    .slug = tegi
tag-human-trafficking = Торговля людьми
    .slug = torgovlya-lyudmi
tag-action-plan = Национальный план действий
    .slug = natsionalnyy-plan-deystviy
