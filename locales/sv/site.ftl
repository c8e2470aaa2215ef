footer-about = Åtgärd 31 är ett program vid Svenska institutet inom den nationella handlingsplanen mot prostitution och människohandel för sexuella ändamål.

# Tags (term ids in front matter, `tags: [...]`)
tag-human-trafficking = Människohandel
tag-action-plan = Nationella handlingsplanen
