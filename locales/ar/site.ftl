footer-about = الإجراء 31 برنامج يديره المعهد السويدي في إطار خطة العمل الوطنية السويدية لمكافحة الدعارة والاتجار بالبشر لأغراض جنسية.

# Tags (term ids in front matter, `tags: [...]`). The site's addresses in
# this language are transliterated, so the tag pages' are too (`.slug`).
tags = الوسوم
    .slug = alwusum
tag-human-trafficking = الاتجار بالبشر
    .slug = alittijar-bilbashar
tag-action-plan = خطة العمل الوطنية
    .slug = khittat-alamal-alwataniya
