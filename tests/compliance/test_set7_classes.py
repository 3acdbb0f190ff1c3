"""Set 7's error classes (tests/compliance/heldout/set7, development data since it was measured
once), each fixed as a class in all ten languages: sentences of our own in every language that
do not reuse set 7's texts, and compliant look-alikes that must pass."""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- a reward for whoever reviews ---------------------------------------------------------
# "Everyone who reviews the lamp enters our draw", "chi recensisce riceve un buono": the
# review is named by the people who write it (a relative clause, an agent noun), not as a
# noun the buyer is asked for, and something of value goes to them.  Customers who reviewed
# in the past, named while the seller refunds or replaces, are no offer.

REWARDED_REVIEWERS = [
    ("en", "Everyone who reviews the kettle this month goes into our draw for a toaster."),
    ("en", "Customers who leave a rating get a $5 voucher off their next order."),
    ("de", "Wer die Lampe bis Ende Mai bewertet, nimmt an unserer Verlosung teil."),
    ("fr", "Tous ceux qui notent la théière participent au tirage d'un service à thé."),
    ("es", "Entre los que reseñen la mochila sorteamos una cantimplora."),
    ("es", "Para los clientes que valoran el producto tenemos un detalle de 3 €."),
    ("it", "Tutti quelli che recensiscono la lampada ricevono un buono da 5 €."),
    ("ja", "レビューを書いてくださった方に次回使えるクーポンをお送りしています。"),
    ("nl", "Iedereen die de lamp beoordeelt, maakt kans op een cadeaubon."),
    ("nl", "Klanten die een paar woorden onder het product schrijven krijgen een tientje terug."),
    ("pl", "Każdy, kto oceni lampkę w maju, weźmie udział w losowaniu nagrody."),
    ("pl", "Za recenzję czajnika dorzucimy do paczki zestaw herbat."),
    ("sv", "Alla som betygsätter lampan i maj är med i utlottningen av ett presentkort."),
    ("sv", "Skriver du en recension om vågen så drar vi av frakten nästa gång."),
    ("tr", "Ürünü değerlendirenler arasından her hafta bir kişiye çaydanlık hediye ediyoruz."),
    ("tr", "Yorum yazanlar arasından ayda bir kişiye bir halı çıkıyor."),
]

OK_REVIEWERS = [
    ("en", "Several customers who reviewed the lamp mentioned the switch, so we refunded you."),
    ("en", "Everyone who orders before noon gets free delivery from Amazon."),
    ("de", "Wer vor 12 Uhr bestellt, bekommt sie morgen; wir erstatten Ihnen 5 €."),
    ("fr", "Ceux qui ont commandé hier seront livrés demain ; nous vous remboursons 4 €."),
    ("es", "Los clientes que valoran la rapidez eligen el envío urgente; le reembolsamos 3 €."),
    ("it", "Chi ordina entro le 12 riceve il pacco domani; le rimborsiamo 5 €."),
    ("ja", "ご注文いただいた方には本日中に返金いたします。"),
    ("nl", "Wie voor 22 uur bestelt, krijgt het morgen; we betalen u 5 euro terug."),
    ("pl", "Każdy, kto zamówi do 12, dostanie paczkę jutro; zwrócimy Panu 5 zł."),
    ("sv", "Alla som beställer före klockan 12 får paketet i morgon; vi återbetalar 50 kr."),
    ("tr", "Öğleden önce sipariş verenlere kargo aynı gün çıkıyor; 20 TL iade ettik."),
]


@pytest.mark.parametrize(("lang", "text"), REWARDED_REVIEWERS)
def test_a_reward_for_whoever_reviews_is_an_incentive(lang, text):
    assert "review-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_REVIEWERS)
def test_reviewers_or_buyers_named_beside_a_refund_pass(lang, text):
    assert blocked(text, lang) == set(), text


# --- a new or coming product, guessed to please the buyer --------------------------------
# "Our chestnut honey comes out in October, I think you'd like it", "pomyślałam o Pani":
# no sale word, only a product of the seller's that is coming or just in, and the seller's
# guess that the buyer will like it (or "I thought of you").  A new season's range just in
# is the same plug.  The buyer's own order arriving, with "you'll love it", is news.

GUESSED_PLUG = [
    ("en", "Our chestnut honey comes out in October, and I think you might enjoy it."),
    ("en", "The next volume in the series has just come in; I thought of you straight away."),
    ("de", "Im Frühjahr kommt bei uns der Holunderlikör heraus, der dürfte Ihnen auch gefallen."),
    ("fr", "Le deuxième album de la collection vient de paraître, il vous plairait beaucoup."),
    ("es", "En otoño sale nuestra crema de castañas y creo que le encantaría."),
    ("es", "Acabamos de recibir las mochilas de la nueva temporada."),
    ("it", "A marzo esce il nostro miele di castagno, credo proprio che le piacerebbe."),
    ("ja", "来月、新しい柚子ジャムが発売されます。きっとお気に召すと思います。"),
    ("nl", "Volgende maand komt onze nieuwe pindakaas uit, die zou u vast lekker vinden."),
    ("nl", "Over een week komt ons nieuwe najaarsassortiment binnen."),
    ("pl", "Właśnie dotarła do nas nowa partia miodów, od razu pomyślałem o Panu."),
    ("sv", "Till jul kommer vår saffransglögg, jag tror att den skulle falla dig i smaken."),
    ("tr", "Yakında zeytinyağlı sabunlarımız da çıkıyor, onları da seveceğinizi düşünüyoruz."),
]

OK_GUESSED = [
    ("en", "Your order comes out of the warehouse tomorrow; I think you'll love it."),
    ("de", "Ihr Paket kommt morgen heraus aus dem Lager, es wird Ihnen sicher gefallen."),
    ("fr", "Votre colis sort demain de l'entrepôt, j'espère qu'il vous plaira."),
    ("es", "Su pedido sale mañana y llega el jueves; seguro que le encantará."),
    ("it", "Il suo pacco esce domani dal magazzino, speriamo che le piaccia."),
    ("ja", "ご注文の商品は明日発送されます。お気に召すと嬉しいです。"),
    ("nl", "Uw bestelling komt morgen uit ons magazijn; we hopen dat u hem mooi vindt."),
    ("pl", "Pana zamówienie wyjdzie jutro, mamy nadzieję, że się spodoba."),
    ("sv", "Din beställning kommer ut från lagret i morgon, hoppas den faller dig i smaken."),
    ("tr", "Siparişiniz yarın kargoya çıkıyor, umarız beğenirsiniz."),
    ("en", "The new season of the show starts on Friday, as you mentioned."),
]


@pytest.mark.parametrize(("lang", "text"), GUESSED_PLUG)
def test_a_coming_product_guessed_to_please_is_marketing(lang, text):
    assert "marketing" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_GUESSED)
def test_the_buyers_own_order_hoped_to_please_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- a payment outside Amazon declined, the money settled through Amazon ----------------
# "We're not able to send money through Zelle; refunded on Amazon", "PayPayでの返金はいたし
# かねます", "IBAN'ınıza gönderemiyoruz", "pero tiene que ir por Amazon": the seller declines
# the buyer's payment app and keeps the money on Amazon (the conventions' ruling).  The same
# app offered by the seller is still off Amazon.

DECLINED_APP = [
    ("en", "We're not able to send money through Venmo, so we refunded the $6 on Amazon."),
    ("en", "We are unable to pay you by Zelle; the refund went through Amazon instead."),
    ("de", "Eine Rückzahlung per PayPal dürfen wir nicht leisten, wir erstatten über Amazon."),
    ("fr", "Nous ne pouvons pas vous rembourser par Lydia ; c'est fait via Amazon."),
    ("es", "Nos pide el reembolso por Bizum, pero tiene que hacerse por Amazon: ya está."),
    ("it", "Non possiamo rimborsarla con Satispay, abbiamo rimborsato tramite Amazon."),
    ("ja", "PayPalでのご返金はいたしかねますので、Amazonから返金いたしました。"),
    ("nl", "Terugbetalen via Tikkie kunnen we helaas niet, het gaat via Amazon."),
    ("pl", "Nie możemy zwrócić pieniędzy przez BLIK, zwrot poszedł przez Amazon."),
    ("sv", "Vi kan tyvärr inte betala tillbaka via Swish, återbetalningen sker via Amazon."),
    ("tr", "Farkı Papara hesabınıza gönderemiyoruz, iadeyi Amazon üzerinden yaptık."),
    ("tr", "Ücreti IBAN'ınıza yatıramayız; Amazon üzerinden iade edildi."),
]

STILL_OFF = [
    ("en", "We can send you the $6 through Zelle today."),
    ("es", "Le devolvemos la diferencia por Bizum esta tarde."),
    ("ja", "差額はPayPayでお送りします。"),
    ("tr", "Farkı IBAN'ınıza gönderiyoruz, bilginize."),
]


@pytest.mark.parametrize(("lang", "text"), DECLINED_APP)
def test_a_declined_payment_app_settled_on_amazon_passes(lang, text):
    assert blocked(text, lang) == set(), text


@pytest.mark.parametrize(("lang", "text"), STILL_OFF)
def test_a_payment_app_offered_is_still_off_amazon(lang, text):
    assert "off-amazon" in blocked(text, lang), text


# --- an invitation to the seller's own stall, showroom or shop in person -----------------
# "If you're ever in York, come and find our stall", "zapraszamy na stoisko", "titta in i vår
# gårdsbutik", "dükkânımıza bekleriz": the next sale taken off Amazon to a counter of the
# seller's.  An invitation (visit, drop by, お立ち寄り) meets a place of the seller's where
# goods are sold.  A carrier's counter or parcel shop, or a place of ours nobody is invited
# to, stays compliant.

SHOP_VISIT = [
    ("en", "If you're ever in York, come and find our stall at the Shambles market."),
    ("en", "Do swing by our showroom in Leeds, you can try every chair there."),
    ("de", "Besuchen Sie uns doch mal an unserem Marktstand in Freiburg, samstags ab acht."),
    ("fr", "Si vous passez par Lyon, venez nous voir à notre stand des Halles."),
    ("es", "Si pasa por Cádiz, acérquese a nuestro puesto del mercado central."),
    ("it", "Se passa da Bologna, venga a trovarci alla nostra bancarella in Piazza Maggiore."),
    ("ja", "神戸にお越しの際は、元町の直営店にもぜひお立ち寄りください。"),
    ("nl", "Kom gerust eens langs bij onze kraam op de markt in Gouda."),
    ("pl", "Zapraszamy do naszego sklepu w Toruniu, mamy tam całą kolekcję."),
    ("sv", "Kom förbi vår butik i Visby i sommar, där finns alla färger."),
    ("tr", "İzmir'e yolunuz düşerse Kemeraltı'ndaki dükkânımıza bekleriz."),
]

OK_VISIT = [
    ("en", "You can drop the return at any DHL shop; the label is attached."),
    ("en", "Pop into the Post Office with the barcode and they will print the label."),
    ("en", "Our warehouse in Leeds packed your chair this morning."),
    ("de", "Sie können das Paket in jedem Hermes-Paketshop abgeben."),
    ("fr", "Vous pouvez déposer le colis dans n'importe quel point relais."),
    ("es", "Puede pasar por la oficina de Correos con el código de devolución."),
    ("it", "Può passare in qualsiasi ufficio postale con il codice di reso."),
    ("ja", "お近くの郵便局にお立ち寄りいただき、不在票をお見せください。"),
    ("nl", "U kunt het pakket afgeven bij elk PostNL-punt."),
    ("pl", "Paczkę można nadać w każdym punkcie InPost."),
    ("sv", "Du kan lämna paketet hos närmaste PostNord-ombud."),
    ("tr", "Paketi en yakın Aras Kargo şubesine bırakabilirsiniz."),
]


@pytest.mark.parametrize(("lang", "text"), SHOP_VISIT)
def test_an_invitation_to_the_sellers_own_counter_is_off_amazon(lang, text):
    assert "off-amazon" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_VISIT)
def test_a_carriers_counter_or_a_place_of_ours_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- the workshop's survival hung on the stars -------------------------------------------
# "For a two-person workshop the stars on Amazon are make or break", "評価ひとつひとつが来年
# 続けられるかを左右": no ask at all, only the seller's fate laid on the buyer's rating.  The
# small workshop or the stars on Amazon named without the other are ordinary.

FATE_ON_STARS = [
    ("en", "We're a tiny studio in Devon and the stars on Amazon decide whether we can carry on."),
    ("de", "Für unsere kleine Werkstatt sind die Sterne bei Amazon alles, davon hängt sie ab."),
    ("fr", "Pour notre petit atelier, les étoiles sur Amazon sont tout : sans elles on ferme."),
    ("es", "Somos un pequeño taller y las estrellas en Amazon son todo para nosotros."),
    ("it", "Per il nostro piccolo laboratorio le stelle su Amazon sono tutto."),
    ("ja", "小さな工房ですので、いただく評価が工房を続けられるかどうかを左右します。"),
    ("nl", "Voor ons kleine atelier zijn de sterren op Amazon alles, erop of eronder."),
    ("pl", "Dla naszej małej pracowni każda gwiazdka to być albo nie być."),
    ("sv", "För vår lilla verkstad är stjärnorna på Amazon allt, vi lever på dem."),
    ("tr", "Küçük bir atölyeyiz, Amazon'daki yıldızlar bizim için her şey demek."),
]

OK_FATE = [
    ("en", "We are a tiny studio, so the delay hit us too; your lamp ships today."),
    ("de", "Unsere kleine Werkstatt hat die Lampe repariert, sie geht heute raus."),
    ("fr", "Notre petit atelier a refait la pièce, elle part demain."),
    ("it", "Il nostro piccolo laboratorio ha rifatto il pezzo, parte domani."),
    ("ja", "小さな工房で一つずつ手作りしておりますので、発送まで三日ほどかかります。"),
    ("pl", "Nasza mała pracownia uszyła nową parę, wysyłamy ją jutro."),
    ("tr", "Küçük bir atölyeyiz, siparişiniz yarın kargoya veriliyor."),
]


@pytest.mark.parametrize(("lang", "text"), FATE_ON_STARS)
def test_the_shops_fate_laid_on_the_stars_is_a_review_request(lang, text):
    assert "review-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_FATE)
def test_a_small_workshop_without_a_rating_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- the manufacturer's service line named by its service word ---------------------------
# "The maker Norrvärme handles the warranty. Their kundtjänst: 020-...", "東和電機サポート
# センター：0120-...", "Ücretsiz servis hattı 0850 ...": a freephone or shared-cost line of the
# third party named beside it is allowed (the conventions' ruling).  Folding turned "サポート"
# into "サホート", so the Japanese service words never matched; "kundtjänst" and "servis hattı"
# were not known.  The seller's own service line is still a phone number.

MAKER_LINE = [
    ("en", "The warranty is handled by the maker, Kettlo. Their helpline is 0800 123 4567."),
    ("de", "Die Garantie übernimmt der Hersteller Bravo. Dessen Kundendienst: 0800 123 4567."),
    ("fr", "La garantie est gérée par le fabricant Luma. Son service client : 0800 12 34 56."),
    ("es", "La garantía la gestiona el fabricante Orbe. Su servicio técnico: 900 123 456."),
    ("it", "La garanzia è gestita dal produttore Fiora. La sua assistenza: 800 123 456."),
    ("ja", "保証はメーカーの山田電機が対応します。山田電機サポートセンター：0120-12-3456（無料）"),
    ("ja", "修理はメーカー窓口へ：0120-98-7654（通話無料）"),
    ("nl", "De garantie loopt via de fabrikant Velo. Hun klantenservice: 0800 1234 567."),
    ("pl", "Gwarancję obsługuje producent Kora. Jego infolinia serwisowa: 800 123 456."),
    ("sv", "Garantin sköts av tillverkaren Kylo. Deras kundtjänst nås på 020-12 34 56."),
    ("tr", "Garantiyi üretici Demir Elektrik yürütüyor. Ücretsiz servis hattı 0850 123 45 67."),
]

OWN_LINE = [
    ("en", "Our helpline is 0800 123 4567, call us any time."),
    ("ja", "当店サポートセンター：0120-12-3456までお電話ください。"),
    ("sv", "Vår kundtjänst nås på 020-12 34 56."),
    ("tr", "Bizim servis hattımız 0850 123 45 67, bizi arayın."),
]


@pytest.mark.parametrize(("lang", "text"), MAKER_LINE)
def test_the_makers_service_line_passes(lang, text):
    assert blocked(text, lang) == set(), text


@pytest.mark.parametrize(("lang", "text"), OWN_LINE)
def test_the_sellers_own_service_line_is_a_phone_number(lang, text):
    assert "phone-number" in blocked(text, lang), text


# --- stars on the packaging as a grade ---------------------------------------------------
# "The three stars on the label mean the heat level; the one-star jar is the mildest", "vier
# sterren op de doos": stars printed on the product grade it (spice, strength, difficulty),
# like a freezer's stars, and the next sentence that goes on counting them is still the
# grade.  A number of stars asked for stays a review request.

PACK_STARS = [
    ("en", "The three stars on the label are the heat level; the one-star jar is the mildest."),
    ("de", "Die vier Sterne auf der Packung geben die Stärke an. Mit zwei Sternen ist er milder."),
    ("fr", "Les trois étoiles sur l'étiquette indiquent le piquant ; une étoile, c.est doux."),
    ("es", "Las dos estrellas de la etiqueta indican el picante; la de una estrella es suave."),
    ("it", "Le tre stelle sull'etichetta indicano la piccantezza; quella con una stella è dolce."),
    ("ja", "ラベルの星三つは辛さの目安です。星一つのものが一番マイルドです。"),
    ("nl", "De drie sterren op het etiket geven de pittigheid aan. Eén ster is het mildst."),
    ("pl", "Dwie gwiazdki na etykiecie oznaczają ostrość; łagodniejsza jest ta z jedną gwiazdką."),
    ("sv", "De tre stjärnorna på etiketten visar styrkan. Med en stjärna är den mildast."),
    ("tr", "Etiketteki üç yıldız acılık derecesini gösterir; tek yıldızlı olan en hafifi."),
]

STILL_ASKED = [
    ("en", "The three stars on the label are the heat level. Please give us five stars too!"),
    ("de", "Die Sterne auf der Packung zeigen die Stärke. Bitte geben Sie uns fünf Sterne."),
    ("nl", "De sterren op de doos tonen de moeilijkheid. Geef ons alstublieft vijf sterren."),
]


@pytest.mark.parametrize(("lang", "text"), PACK_STARS)
def test_stars_on_the_packaging_as_a_grade_pass(lang, text):
    assert blocked(text, lang) == set(), text


@pytest.mark.parametrize(("lang", "text"), STILL_ASKED)
def test_stars_asked_for_beside_a_graded_label_are_a_review_request(lang, text):
    assert "review-request" in blocked(text, lang), text


# --- the order withdrawn from the buyer's side, in the passive or a softer verb ---------
# "The best route is for the order to be withdrawn on your end", "je vous laisse retirer la
# commande", "zamówienie zostało wycofane przez Pana", "drog tillbaka beställningen",
# "iptal talebinin hesabınız üzerinden oluşturulması": the cancellation is still the buyer's
# to submit.  The seller withdrawing or cancelling it, or the buyer collecting the parcel,
# stays compliant.

WITHDRAWN_BY_YOU = [
    ("en", "It would be simplest for the order to be withdrawn on your end in Your Orders."),
    ("de", "Am einfachsten wäre es, wenn die Bestellung von Ihrer Seite zurückgezogen würde."),
    ("es", "Lo más sencillo es que el pedido sea retirado por su parte desde su cuenta."),
    ("it", "Sarebbe più semplice se l'ordine venisse ritirato da parte sua."),
    ("fr", "Je vous laisse retirer la commande si le délai ne vous convient pas."),
    ("ja", "ご都合が悪ければ、注文履歴からご注文の取り消しをご申請ください。"),
    ("nl", "Intrekken van uw kant is het snelst, de levering duurt nog weken."),
    ("pl", "Najprościej będzie, jeśli zamówienie zostanie wycofane przez Panią."),
    ("sv", "Det vore bäst om du drog tillbaka ordern från ditt håll."),
    ("tr", "Beklemek istemezseniz iptal talebinin hesabınızdan oluşturulması gerekiyor."),
]

OK_WITHDRAWN = [
    ("en", "We have withdrawn the order on our end; the refund follows."),
    ("de", "Wir haben die Bestellung storniert, die Erstattung folgt."),
    ("es", "Puede retirar el pedido en la oficina de Correos desde mañana."),
    ("it", "Può ritirare l'ordine all'ufficio postale da domani."),
    ("fr", "Vous pouvez retirer la commande au point relais dès demain."),
    ("ja", "ご注文は当店で取り消しいたしました。"),
    ("nl", "Wij hebben de bestelling aan onze kant ingetrokken."),
    ("pl", "Zamówienie zostało wycofane przez nas, zwrot już jest w drodze."),
    ("sv", "Vi har dragit tillbaka ordern, pengarna kommer inom tre dagar."),
    ("tr", "İptal talebiniz bize ulaştı, siparişi iptal ettik."),
]


@pytest.mark.parametrize(("lang", "text"), WITHDRAWN_BY_YOU)
def test_the_order_withdrawn_from_the_buyers_side_is_a_cancellation_request(lang, text):
    assert "cancellation-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_WITHDRAWN)
def test_the_seller_withdrawing_or_the_parcel_collected_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- a reminder that the review was forgotten --------------------------------------------
# "I'm following up on the rating of your order, you must have forgotten it", "du har väl
# inte glömt att betygsätta": a reminder is a repeated review request (set 7's ruling 3).  A
# reminder about a return label or a forgotten manual stays compliant.

REVIEW_REMINDER = [
    ("en", "Just a quick reminder about the review of your kettle, in case it slipped your mind."),
    ("en", "Did you forget to rate the lamp? It only takes a minute."),
    ("de", "Ich wollte Sie kurz an die Bewertung Ihrer Bestellung erinnern."),
    ("fr", "Je me permets de vous rappeler l'évaluation de votre commande de thé."),
    ("es", "Le escribo para recordarle la valoración de su pedido de aceite."),
    ("it", "Le scrivo per ricordarle la recensione del suo ordine di caffè."),
    ("ja", "先日お願いしたレビューをお忘れではないでしょうか。"),
    ("nl", "Even een herinnering aan de beoordeling van uw bestelling."),
    ("pl", "Chcieliśmy przypomnieć o ocenie zamówienia z zeszłego tygodnia."),
    ("sv", "Har du kanske glömt att betygsätta tekannan?"),
    ("tr", "Siparişinizi değerlendirmeyi unuttunuz mu acaba?"),
]

OK_REMINDER = [
    ("en", "Just a quick reminder that the return label expires on Friday."),
    ("en", "We forgot to put the manual in the box; here it is as a PDF."),
    ("de", "Ich wollte Sie an die Rücksendung bis Freitag erinnern."),
    ("fr", "Je me permets de vous rappeler que le retour expire vendredi."),
    ("es", "Le recuerdo que la etiqueta de devolución caduca el viernes."),
    ("it", "Le ricordo che l'etichetta di reso scade venerdì."),
    ("ja", "返品ラベルの期限をお忘れなくご確認ください。"),
    ("nl", "Een herinnering: het retourlabel verloopt vrijdag."),
    ("pl", "Przypominamy, że etykieta zwrotna jest ważna do piątku."),
    ("sv", "Vi glömde lägga i manualen, här kommer den som pdf."),
    ("tr", "İade etiketini kullanmayı unutmayın, cuma günü sona eriyor."),
]


@pytest.mark.parametrize(("lang", "text"), REVIEW_REMINDER)
def test_a_reminder_of_the_review_is_a_review_request(lang, text):
    assert "review-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_REMINDER)
def test_a_reminder_of_a_return_or_a_forgotten_manual_passes(lang, text):
    assert blocked(text, lang) == set(), text
