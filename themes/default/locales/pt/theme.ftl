skip-to-content = Saltar para o conteúdo
nav-languages = Línguas
nav-main = Menu principal
menu = Menu
fallback-notice = Esta página ainda não está disponível em português. É apresentada noutra língua: { $language }.
partial-notice = Esta página está traduzida para português em { $percent }. O resto é apresentado noutra língua: { $languages }.
stale-notice = A versão original ({ $language }) foi atualizada depois da elaboração desta tradução.
read-original = Ler a versão original
footer-about = Criado com tolk.
choose-language = Escolher a língua
next-events = Próximos eventos
no-upcoming-events = De momento, não há eventos previstos.
no-past-events = Não há eventos anteriores.
whole-calendar = Calendário completo
upcoming-events = Próximos
past-events = Anteriores
event-cancelled = Cancelado
event-postponed = Adiado
event-when = Data
event-where = Local
event-online = Participar em linha
event-audience = Destinatários
event-languages = Línguas
event-registration = Inscrição
event-register = Inscrever-se
event-deadline = até
no-news = Ainda não há notícias.
published = Publicado em
contact-phone = Telefone
contact-mobile = Telemóvel
contact-email = Correio eletrónico
not-found-title = Página não encontrada
not-found-text = A página que procura não existe ou mudou de endereço.
back-to-home = Ir para a página inicial
event-add-to-calendar = Adicionar ao seu calendário
event-download-ics = Descarregar (iCalendar, .ics)
calendar-subscribe = Subscrever o calendário (iCalendar)
contact-vcard = Guardar os dados de contacto de { $name } (vCard)

## Pesquisa (um campo no cabeçalho, uma página de resultados por língua)
search = Pesquisar
search-label = Pesquisar neste sítio Web
search-submit = Pesquisar
search-results-title = Resultados da pesquisa
search-results-count =
    { $count ->
        [one] { $count } resultado para «{ $query }»
        [many] { $count } de resultados para «{ $query }»
       *[other] { $count } resultados para «{ $query }»
    }
search-no-results = Não foram encontrados resultados para «{ $query }». Experimente outra palavra ou uma pesquisa mais curta.
search-searching = A pesquisar…
search-offline = A pesquisa não funciona quando o sítio é aberto como ficheiros no seu computador. Para pesquisar, abra o sítio na Web.
search-untranslated = Para encontrar as páginas que ainda não estão traduzidas, pesquise na língua original de cada página.
search-more = Mostrar mais resultados

## Etiquetas e listas com várias páginas
tags = Etiquetas
tag-title = Páginas com a etiqueta «{ $tag }»
all-tags = Todas as etiquetas
tag-count =
    { $count ->
        [one] { $count } página
        [many] { $count } de páginas
       *[other] { $count } páginas
    }
pagination = Paginação
pagination-previous = Página anterior
pagination-next = Página seguinte
pagination-page = Página { $number } de { $total }
pagination-path = página
list-feed = Seguir esta lista (feed Atom)

## Caixas de destaque, figuras e conteúdos multimédia incorporados
callout-note = Nota
callout-tip = Sugestão
callout-important = Importante
callout-warning = Aviso
callout-caution = Cuidado
embed-notice = Este vídeo está alojado em { $host }. Só é carregado se optar por reproduzi-lo, porque a reprodução envia dados para { $host }.
embed-play = Reproduzir o vídeo (carrega conteúdos de { $host })
embed-open = Ver em { $host }
download-file = Descarregar { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Editar esta página

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Pré-visualização: esta página ainda não está publicada. Aparecerá no sítio em { $date }.
schedule-expired = Pré-visualização: esta página já não está publicada. Foi retirada do sítio em { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Ainda não publicada
schedule-badge-expired = Já não está publicada
# Heading of a page's table of contents.
toc-heading = Índice
