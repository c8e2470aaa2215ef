footer-about = Action 31 is a programme of the Swedish Institute under Sweden's national action plan against prostitution and human trafficking for sexual purposes.

# Tags (term ids in front matter, `tags: [...]`)
tag-human-trafficking = Human trafficking
tag-action-plan = National action plan
