# ruff: noqa: E501  (sentences are kept whole)
"""Adversary 19 (black box, /work/notes/adv19/classes.md): per class, the adversary's texts
that got through, beside sentences of our own in the languages where the class applies, and
compliant look-alikes that must pass.

Misses: A19-1 a direct deal off Amazon with no channel named ("sort it out between us",
"tra privati"); A19-2 a review ask framed as future customers hearing about it; A19-3 a
verdict for the undecided; A19-5 a seller-feedback ask ("how satisfied were you with us as a
seller? tell Amazon in Your Orders"); A19-7 a photo asked for the listing's customer images;
A19-8 the seller's other goods recommended with no sale word ("we've just started making
matching napkins"); A19-9 cancellation asked with a synonym (call off, Rücktritt vom Kauf,
rinunciare, terugdraaien, ångra köpet, vazgeçmek); A19-10 "ask Amazon customer service to
cancel it for you"; A19-11 contact data named by a short noun ("la sua mail", "mobiel
nummer", "cep numarası"); A19-12 "how can we reach you directly, outside these messages?".

False alarms: A19-F1 a manufacturer's service line or a carrier's line named by the brand
("contact Siemens directly on ...", "Royal Mail ... call them on ..."); A19-F2 the buyer's
preference asked with "Ihre Meinung" / "ご意見をお聞かせください"; A19-F3 a test magazine
that "rated it a Best Buy"; A19-F4 Swedish "Andra kunder har berättat att ..." as a product
fact; A19-F5 refusals listing several payment methods; A19-F6 the Polish seller offering to
cancel itself.
"""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked


def _open(
    cases: list[tuple[str, str]], reason: str, still_open: set[int]
) -> list[tuple[str, str] | object]:
    """The cases, those at ``still_open`` marked as a strict xfail: a class not yet fixed."""
    marks = pytest.mark.xfail(strict=True, reason=reason)
    return [pytest.param(*c, marks=marks) if k in still_open else c for k, c in enumerate(cases)]


# --- A19-1: a direct deal off Amazon, no channel named ------------------------------------

DIRECT_DEAL = [
    # the adversary's
    (
        "en",
        "If you need more of these, just message me and we can sort it out between us - it works out cheaper for both of us without the marketplace fees.",
    ),
    (
        "en",
        "For the next batch, just drop me a line here and I'll put them aside and invoice you myself - saves us both the commission.",
    ),
    (
        "en",
        "If you'd like a second one, I can do you a better price privately rather than through the listing.",
    ),
    (
        "fr",
        "Si vous en voulez d'autres, on peut s'arranger directement entre nous, c'est moins cher sans la commission.",
    ),
    (
        "sv",
        "Om du vill ha fler kan vi ordna det direkt mellan oss, det blir billigare utan avgifterna.",
    ),
    (
        "sv",
        "Nästa gång kan vi göra affären privat, då slipper vi avgiften och du får ett bättre pris.",
    ),
    (
        "de",
        "Für Nachbestellungen melden Sie sich einfach direkt bei mir, ich schicke Ihnen dann eine Rechnung zum Überweisen.",
    ),
    (
        "de",
        "Wenn Sie weitere brauchen, schreiben Sie mir einfach, dann machen wir das direkt unter uns aus – ohne die Gebühren wird es für Sie günstiger.",
    ),
    ("it", "La prossima volta possiamo fare tra privati, le faccio un prezzo migliore."),
    (
        "nl",
        "Voor nabestellingen kunt u mij direct mailen, dan stuur ik een factuur om over te maken.",
    ),
    # our own
    ("en", "Next time we can settle it between ourselves and skip the fees."),
    ("de", "Beim nächsten Mal regeln wir das einfach unter uns, dann sparen Sie die Gebühren."),
    ("fr", "La prochaine fois, on s'arrange entre nous et je vous fais un meilleur prix."),
    ("es", "La próxima vez lo arreglamos entre nosotros y le hago un precio mejor."),
    (
        "it",
        "Per il prossimo ordine ci mettiamo d'accordo tra di noi, le faccio un prezzo migliore.",
    ),
    ("nl", "De volgende keer regelen we het gewoon tussen ons, dan krijgt u een betere prijs."),
    ("pl", "Następnym razem możemy to załatwić między sobą, dostanie Pan lepszą cenę."),
    ("sv", "Nästa gång löser vi det oss emellan, då får du ett bättre pris."),
    ("tr", "Bir dahaki sefere bu işi aramızda halledelim, size daha iyi bir fiyat veririm."),
    ("ja", "次回はお客様と当店の間で直接お取引いただければ、もっとお安くできます。"),
]

DIRECT_DEAL_COMPLIANT = [
    ("en", "We'll sort it out between us and the courier - you don't need to do anything."),
    ("en", "If you need more of these, you'll find them on the same Amazon listing."),
    ("de", "Das klären wir unter uns mit DHL, Sie müssen nichts weiter tun."),
    ("fr", "Nous réglons cela entre nous et le transporteur, vous n'avez rien à faire."),
    ("es", "Lo arreglamos entre nosotros y la agencia de transporte, no tiene que hacer nada."),
    ("it", "Risolviamo tra di noi con il corriere, non deve fare nulla."),
    ("nl", "We regelen het tussen ons en PostNL, u hoeft niets te doen."),
    ("pl", "Załatwimy to między sobą a kurierem, nie musi Pan nic robić."),
    ("sv", "Vi löser det mellan oss och PostNord, du behöver inte göra något."),
    ("tr", "Bunu kargo firmasıyla aramızda hallederiz, sizin bir şey yapmanıza gerek yok."),
    ("ja", "配送業者との間で対応いたしますので、お客様は何もしていただく必要はございません。"),
]


@pytest.mark.parametrize(("lang", "text"), DIRECT_DEAL)
def test_a19_1_direct_deal(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), DIRECT_DEAL_COMPLIANT)
def test_a19_1_sorting_out_with_the_carrier(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- A19-2 / A19-3: future buyers hearing about it, a verdict for the undecided -----------

FUTURE_BUYERS = [
    # the adversary's
    (
        "en",
        "Thanks for the update. If the lamp works well for you, other shoppers would really benefit from hearing about it when they're deciding.",
    ),
    ("en", "If you're pleased with it, I'm sure future customers would love to hear about it."),
    (
        "ja",
        "無事に届いて安心しました。気に入っていただけましたら、他のお客様のためにも使い心地を教えていただけると嬉しいです。",
    ),
    ("ja", "ご満足いただけたなら、これから購入される方もきっと知りたいと思います。"),
    ("de", "Wenn Sie zufrieden sind, würden sich zukünftige Kunden sicher freuen, davon zu hören."),
    ("fr", "Si vous êtes satisfait, les prochains clients seraient ravis d'en entendre parler."),
    ("nl", "Als u tevreden bent, horen toekomstige klanten daar vast graag over."),
    ("sv", "Om du är nöjd vill framtida kunder säkert gärna höra om det."),
    ("es", "Si está contento, seguro que a los futuros clientes les encantaría saberlo."),
    ("it", "Se è soddisfatto, i futuri clienti sarebbero felici di saperlo."),
    ("pl", "Jeśli jest Pan zadowolony, przyszli klienci na pewno chętnie się o tym dowiedzą."),
    ("tr", "Memnun kaldıysanız, gelecekteki müşteriler bunu duymak ister."),
    # our own
    ("en", "Once you've used it a while, other buyers would love to hear how it's holding up."),
    ("de", "Falls Ihnen der Topf gefällt, würden andere Käufer bestimmt gern davon erfahren."),
    ("fr", "Si la théière vous plaît, d'autres acheteurs aimeraient sûrement le savoir."),
    ("es", "Si le gusta la tetera, a otros compradores les vendría bien enterarse."),
    ("it", "Se la teiera le piace, altri acquirenti sarebbero contenti di sentirlo."),
    ("nl", "Als de theepot bevalt, willen andere kopers dat vast graag horen."),
    ("pl", "Jeśli czajnik się sprawdza, inni kupujący chętnie by o tym usłyszeli."),
    ("sv", "Om tekannen fungerar bra vill andra köpare säkert gärna höra om det."),
    ("tr", "Demlik hoşunuza gittiyse, diğer alıcılar da bunu duymak ister."),
    (
        "ja",
        "気に入っていただけましたら、これからご購入を検討される方にもぜひ知っていただきたいです。",
    ),
]

VERDICT = [
    # the adversary's
    (
        "en",
        "Your verdict after a month of use would be really useful for anyone else on the fence.",
    ),
    ("de", "Ihr Urteil nach ein paar Wochen wäre für Unentschlossene sehr hilfreich."),
    ("fr", "Votre verdict après quelques semaines serait très utile à ceux qui hésitent."),
    ("es", "Su veredicto tras unas semanas sería muy útil para los que dudan."),
    ("it", "Il suo giudizio dopo qualche settimana sarebbe utilissimo a chi è indeciso."),
    ("nl", "Uw oordeel na een paar weken zou twijfelaars enorm helpen."),
    ("pl", "Pana werdykt po kilku tygodniach bardzo pomógłby niezdecydowanym."),
    ("tr", "Birkaç hafta sonraki kararınız kararsız kalanlara çok yardımcı olur."),
    # our own
    ("en", "Your verdict would help people who are still undecided."),
    ("de", "Ihr Urteil würde allen helfen, die noch schwanken."),
    ("fr", "Votre verdict aiderait ceux qui hésitent encore."),
    ("es", "Su veredicto ayudaría a quienes todavía están indecisos."),
    ("it", "Il suo giudizio aiuterebbe chi è ancora indeciso."),
    ("nl", "Uw oordeel helpt mensen die nog twijfelen."),
    ("pl", "Pani werdykt pomoże tym, którzy jeszcze się wahają."),
    ("sv", "Ditt omdöme skulle hjälpa dem som fortfarande är osäkra."),
    ("tr", "Kararınız hâlâ kararsız olanlara yardımcı olur."),
    ("ja", "お客様のご判断が、迷っている方の参考になります。"),
]

FUTURE_BUYERS_COMPLIANT = [
    ("en", "Future customers will get the new lid; yours ships with the replacement today."),
    ("en", "Other shoppers have asked the same about the bulb, so here's what fits: any E27 LED."),
    ("en", "Whatever your verdict on the colour, we'll swap it free of charge."),
    ("de", "Zukünftige Kunden bekommen den neuen Deckel; Ihrer geht heute mit dem Ersatz raus."),
    (
        "de",
        "Das Urteil des Gerichts betrifft nur den Hersteller, Ihre Bestellung ist davon nicht berührt.",
    ),
    ("fr", "Les prochains clients recevront le nouveau couvercle ; le vôtre part aujourd'hui."),
    ("es", "Los futuros clientes recibirán la tapa nueva; la suya sale hoy."),
    ("it", "Se è indeciso tra le due taglie, le consiglio la M."),
    ("nl", "Twijfelt u tussen twee maten? Dan raden we de grotere aan."),
    ("pl", "Jeśli waha się Pan między rozmiarami, polecamy większy."),
    ("sv", "Framtida kunder får det nya locket; ditt skickas i dag."),
    ("tr", "Gelecekteki siparişlerde yeni kapak gelecek; sizinki bugün kargoda."),
    ("ja", "サイズでお迷いでしたら、大きい方をおすすめします。"),
    ("en", "Other customers asked the same, so we added a note about it to the manual."),
    ("en", "Your assessment is right: other buyers reported the same, and the new lid fixes it."),
    ("de", "Ihr Eindruck stimmt, andere Kunden haben das auch gemeldet; der Ersatz ist unterwegs."),
    ("it", "Il suo giudizio sul colore è giusto: le mandiamo quello blu."),
    ("nl", "Uw oordeel klopt, we sturen een nieuwe deksel."),
    ("de", "Andere Kunden haben davon nichts bemerkt, die Charge ist in Ordnung."),
    ("fr", "D'autres clients nous ont signalé le même souci, le nouveau couvercle le règle."),
    ("nl", "Andere klanten hadden hetzelfde probleem; de nieuwe deksel lost het op."),
    ("sv", "Andra kunder har haft samma fråga, så vi har lagt till det i manualen."),
]


@pytest.mark.parametrize(
    ("lang", "text"),
    _open(
        FUTURE_BUYERS,
        "A19-2 not fixed this round: future/other buyers 'hearing about it' needs an audience + hearing concept in every language",
        set(),
    ),
)
def test_a19_2_future_buyers_hearing_about_it(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    _open(
        VERDICT,
        "A19-3 not fixed this round: 'verdict/Urteil/oordeel' for the undecided",
        set(),
    ),
)
def test_a19_3_a_verdict_for_the_undecided(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), FUTURE_BUYERS_COMPLIANT)
def test_a19_2_3_look_alikes(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- A19-5: how satisfied were you with us as a seller, tell Amazon ----------------------

SELLER_FEEDBACK = [
    # the adversary's
    (
        "de",
        "Wie waren Sie mit uns als Verkäufer zufrieden? Sagen Sie es gern Amazon über Ihre Bestellungen.",
    ),
    ("it", "Com'è andata con noi come venditore? Lo dica pure ad Amazon dai suoi ordini."),
    ("nl", "Hoe was uw ervaring met ons als verkoper? Laat het Amazon weten via Uw bestellingen."),
    ("pl", "Jak ocenia Pan nas jako sprzedawcę? Proszę dać znać Amazonowi w Moich zamówieniach."),
    ("tr", "Satıcı olarak bizden memnun kaldınız mı? Siparişlerim bölümünden Amazon'a bildirin."),
    # our own
    ("en", "Were you happy with us as a seller? Let Amazon know under Your Orders."),
    (
        "de",
        "Waren Sie mit uns als Händler zufrieden? Teilen Sie es Amazon unter Meine Bestellungen mit.",
    ),
    (
        "fr",
        "Avez-vous été satisfait de nous en tant que vendeur ? Dites-le à Amazon dans Vos commandes.",
    ),
    ("es", "¿Quedó contento con nosotros como vendedor? Cuénteselo a Amazon en Mis pedidos."),
    (
        "it",
        "È rimasto soddisfatto di noi come venditore? Lo faccia sapere ad Amazon in I miei ordini.",
    ),
    ("nl", "Was u tevreden over ons als verkoper? Vertel het Amazon via Mijn bestellingen."),
    (
        "pl",
        "Czy był Pan zadowolony z nas jako sprzedawcy? Proszę powiedzieć to Amazonowi w Moich zamówieniach.",
    ),
    ("sv", "Var du nöjd med oss som säljare? Berätta det för Amazon under Dina beställningar."),
    ("tr", "Satıcı olarak bizden memnun musunuz? Bunu Siparişlerim sayfasından Amazon'a iletin."),
    ("ja", "販売者としての当店にご満足いただけましたか。注文履歴からAmazonにお伝えください。"),
]

SELLER_FEEDBACK_COMPLIANT = [
    ("en", "Were you happy with the replacement? If not, just reply here and we'll sort it."),
    ("en", "You can see the refund under Your Orders; Amazon shows it within two days."),
    ("de", "Die Erstattung sehen Sie bei Amazon unter Meine Bestellungen."),
    ("fr", "Vous pouvez demander le retour à Amazon dans Vos commandes."),
    ("es", "Puede solicitar la devolución a Amazon en Mis pedidos."),
    ("it", "Può chiedere il reso ad Amazon dai suoi ordini."),
    ("nl", "Via Mijn bestellingen kunt u de retour bij Amazon aanvragen."),
    ("pl", "Zwrot można zgłosić Amazonowi w Moich zamówieniach."),
    ("sv", "Returen anmäler du till Amazon under Dina beställningar."),
    ("tr", "İadeyi Siparişlerim sayfasından Amazon'a bildirebilirsiniz."),
    ("ja", "返品は注文履歴からAmazonにお申し込みいただけます。"),
    ("en", "Amazon ships the parcel for us as a seller, so the refund comes from them."),
    (
        "de",
        "Amazon versendet für uns als Händler; die Erstattung sehen Sie unter Meine Bestellungen.",
    ),
    ("nl", "Laat het ons weten als het pakket vrijdag niet binnen is."),
]


@pytest.mark.parametrize(
    ("lang", "text"),
    _open(
        SELLER_FEEDBACK,
        "A19-5 not fixed this round: satisfaction with us as a seller told to Amazon in Your Orders",
        set(),
    ),
)
def test_a19_5_seller_feedback_told_to_amazon(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), SELLER_FEEDBACK_COMPLIANT)
def test_a19_5_your_orders_for_a_return(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- A19-7: a photo for the listing's customer images ------------------------------------

CUSTOMER_IMAGES = [
    # the adversary's
    (
        "en",
        "If you have a second, a photo of the lamp in your living room under 'Customer images' would be lovely.",
    ),
    ("de", "Ein Foto der Lampe in Ihrem Wohnzimmer unter den Kundenbildern wäre wunderbar."),
    ("fr", "Une photo de la lampe dans votre salon dans les images clients serait super."),
    ("nl", "Een foto van de lamp in uw woonkamer bij de klantfoto's zou geweldig zijn."),
    # our own
    ("en", "Could you add a picture to the customer photos on the listing?"),
    ("de", "Laden Sie doch ein Bild bei den Kundenfotos hoch!"),
    ("fr", "Pourriez-vous ajouter une photo aux photos des clients sur la fiche ?"),
    ("es", "¿Podría subir una foto a las imágenes de clientes del anuncio?"),
    ("it", "Potrebbe caricare una foto tra le immagini dei clienti della scheda?"),
    ("nl", "Wilt u een foto bij de klantafbeeldingen plaatsen?"),
    ("pl", "Czy mógłby Pan dodać zdjęcie do zdjęć klientów na stronie produktu?"),
    ("sv", "Vill du lägga upp en bild bland kundbilderna på produktsidan?"),
    ("tr", "Ürün sayfasındaki müşteri görsellerine bir fotoğraf ekleyebilir misiniz?"),
    ("ja", "商品ページのカスタマー画像に写真を投稿していただけませんか。"),
]

CUSTOMER_IMAGES_COMPLIANT = [
    ("en", "Could you send a photo of the damage here so we can refund it?"),
    ("en", "The customer images on the listing show the older model; yours is the new one."),
    ("de", "Schicken Sie uns bitte hier ein Foto vom Schaden, dann erstatten wir."),
    ("fr", "Pouvez-vous nous envoyer ici une photo du défaut ?"),
    ("es", "¿Puede enviarnos aquí una foto del daño?"),
    ("it", "Può inviarci qui una foto del danno?"),
    ("nl", "Kunt u hier een foto van de schade sturen?"),
    ("pl", "Czy może Pan przesłać tutaj zdjęcie uszkodzenia?"),
    ("sv", "Kan du skicka en bild på skadan här?"),
    ("tr", "Hasarın bir fotoğrafını buradan gönderebilir misiniz?"),
    ("ja", "破損部分の写真をこちらにお送りいただけますか。"),
    ("en", "The customer photos on the listing show the older model."),
    ("de", "Die Kundenbilder zeigen noch das alte Modell, Ihres ist das neue."),
    ("nl", "De klantfoto's tonen nog het oude model."),
]


@pytest.mark.parametrize(
    ("lang", "text"),
    _open(
        CUSTOMER_IMAGES,
        "A19-7 not fixed this round: a photo for the listing's customer images",
        set(),
    ),
)
def test_a19_7_photo_for_customer_images(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), CUSTOMER_IMAGES_COMPLIANT)
def test_a19_7_photo_of_the_damage(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- A19-8: the seller's other goods, no sale word ----------------------------------------

MATCHING_GOODS = [
    # the adversary's
    (
        "de",
        "Ich glaube, die passenden Kissenbezüge, die wir gerade neu machen, würden Ihnen gefallen.",
    ),
    ("pl", "Myślę, że spodobałyby się Panu pasujące poszewki, które właśnie zaczęliśmy szyć."),
    ("ja", "お揃いのクッションカバーも作り始めましたので、きっと気に入っていただけると思います。"),
    (
        "en",
        "We've just started making matching napkins in the same linen - they'd go beautifully with your tablecloth.",
    ),
    (
        "fr",
        "Nous cousons depuis peu des serviettes assorties dans le même lin, elles iraient parfaitement avec votre nappe.",
    ),
    (
        "tr",
        "Kısa süre önce aynı ketenden uyumlu peçeteler dikmeye başladık, masa örtünüzle çok güzel olur.",
    ),
    # our own
    ("en", "We now also make matching coasters, I think you'd like them."),
    (
        "de",
        "Wir fertigen jetzt auch passende Untersetzer, die würden gut zu Ihrer Tischdecke passen.",
    ),
    (
        "fr",
        "Nous fabriquons maintenant aussi des sous-verres assortis, ils vous plairaient sûrement.",
    ),
    ("es", "Ahora también hacemos posavasos a juego, creo que le gustarían."),
    ("it", "Da poco realizziamo anche sottobicchieri abbinati, credo che le piacerebbero."),
    ("nl", "We maken sinds kort ook bijpassende onderzetters, die zouden u vast bevallen."),
    ("pl", "Od niedawna robimy też pasujące podkładki, myślę, że by się Panu spodobały."),
    (
        "sv",
        "Vi har nyligen börjat tillverka matchande underlägg, de skulle passa fint till din duk.",
    ),
    ("tr", "Artık uyumlu bardak altlıkları da üretiyoruz, çok beğeneceğinizi düşünüyorum."),
    ("ja", "最近お揃いのコースターも作り始めました。きっと気に入っていただけると思います。"),
]

MATCHING_GOODS_COMPLIANT = [
    ("en", "The matching napkins you asked about are the same linen; they're in the same listing."),
    ("en", "We've just started packing your order and it ships tomorrow."),
    ("de", "Wir haben gerade angefangen, Ihre Bestellung zu verpacken."),
    ("fr", "Nous venons de commencer à préparer votre commande."),
    ("es", "Acabamos de empezar a preparar su pedido."),
    ("it", "Abbiamo appena iniziato a preparare il suo ordine."),
    ("nl", "We zijn net begonnen met het inpakken van uw bestelling."),
    ("pl", "Właśnie zaczęliśmy pakować Pana zamówienie."),
    ("sv", "Vi har precis börjat packa din beställning."),
    ("tr", "Siparişinizi paketlemeye yeni başladık."),
    ("ja", "ご注文の梱包を始めました。"),
]


@pytest.mark.parametrize(
    ("lang", "text"),
    _open(
        MATCHING_GOODS,
        "A19-8 left open in r22c: 'we've just started making matching napkins, they'd go with your tablecloth' has no sale word; 'matching' + 'new' + 'suit yours' also answers a buyer who asked for a matching part (set-14 look-alikes), and one reply does not show whether it was asked",
        {0, 1, 2, 3, 4, 5, 6, 7, 12, 15},
    ),
)
def test_a19_8_other_goods_recommended(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), MATCHING_GOODS_COMPLIANT)
def test_a19_8_look_alikes(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- A19-9 / A19-10: cancellation by a synonym, or through Amazon's customer service ------

CANCEL_SYNONYM = [
    # the adversary's
    ("en", "Would you mind calling off the order from your side? It's simpler for our account."),
    ("de", "Es wäre uns eine große Hilfe, wenn der Rücktritt vom Kauf von Ihrer Seite käme."),
    ("it", "Potrebbe rinunciare all'acquisto dal suo account? Per noi è meglio."),
    ("nl", "Zou u de aankoop vanuit uw account willen terugdraaien?"),
    ("sv", "Kan du ångra köpet från ditt konto? Det är enklast för oss."),
    ("tr", "Satın almadan kendi hesabınızdan vazgeçebilir misiniz?"),
    # our own
    ("en", "Could you call the order off in your account?"),
    ("de", "Könnten Sie vom Kauf zurücktreten? Das geht in Ihrem Konto."),
    ("fr", "Pourriez-vous renoncer à l'achat depuis votre compte ?"),
    ("es", "¿Podría desistir de la compra desde su cuenta?"),
    ("it", "Può rinunciare all'ordine dal suo account?"),
    ("nl", "Kunt u de bestelling terugdraaien in uw account?"),
    ("pl", "Czy mógłby Pan zrezygnować z zakupu na swoim koncie?"),
    ("sv", "Kan du ångra beställningen i ditt konto?"),
    ("tr", "Siparişten hesabınız üzerinden vazgeçebilir misiniz?"),
    ("ja", "お客様のアカウントからご購入を取りやめていただけますか。"),
]

CANCEL_BY_AMAZON = [
    # the adversary's
    (
        "en",
        "Could you ask Amazon customer service to cancel it for you? They can do it faster than us.",
    ),
    ("de", "Bitten Sie doch den Amazon-Kundenservice, die Bestellung für Sie zu stornieren."),
    ("fr", "Pourriez-vous demander au service client d'Amazon d'annuler la commande pour vous ?"),
    ("nl", "Vraag de klantenservice van Amazon gerust om de bestelling voor u te annuleren."),
    # our own
    ("en", "Please get Amazon's customer service to cancel the order."),
    ("de", "Wenden Sie sich an den Amazon-Kundenservice, damit er die Bestellung storniert."),
    ("fr", "Demandez au service client Amazon d'annuler votre commande."),
    ("es", "Pida al servicio de atención al cliente de Amazon que cancele el pedido."),
    ("it", "Chieda al servizio clienti di Amazon di annullare l'ordine."),
    ("nl", "Vraag Amazon klantenservice om de bestelling te annuleren."),
    ("pl", "Proszę poprosić obsługę klienta Amazon o anulowanie zamówienia."),
    ("sv", "Be Amazons kundtjänst att avbryta beställningen åt dig."),
    ("tr", "Amazon müşteri hizmetlerinden siparişi iptal etmelerini isteyin."),
    ("ja", "Amazonカスタマーサービスにご連絡いただき、注文をキャンセルしてもらってください。"),
]

CANCEL_COMPLIANT = [
    ("en", "We've called off the second delivery attempt, the courier will bring it tomorrow."),
    ("en", "We can cancel the order for you right away, just reply here."),
    ("en", "Amazon customer service has already cancelled the order and the refund is on its way."),
    ("de", "Der Rücktritt vom Kauf ist nicht nötig, wir tauschen das Teil aus."),
    ("de", "Wir stornieren die Bestellung gern für Sie."),
    ("fr", "Le service client d'Amazon a déjà annulé la commande, le remboursement suit."),
    ("es", "Nosotros cancelamos el pedido, no tiene que hacer nada."),
    ("it", "Non deve rinunciare a nulla: le spediamo il ricambio oggi."),
    ("nl", "We draaien de verkeerde verzendkosten terug, u krijgt het verschil terug."),
    ("pl", "Nie musi Pan rezygnować z zakupu, wyślemy nową część."),
    ("pl", "Jeśli nadal chce Pan anulować, proszę odpisać tutaj, a my to załatwimy."),
    ("pl", "Gdyby wolał Pan anulować, proszę dać znać, zrobimy to sami."),
    (
        "pl",
        "Jeśli woli Pani zrezygnować, wystarczy odpisać, a anulujemy zamówienie po naszej stronie.",
    ),
    ("sv", "Du behöver inte ångra köpet, vi skickar en ny del."),
    ("tr", "Vazgeçmenize gerek yok, yeni parçayı bugün gönderiyoruz."),
    ("ja", "ご注文はこちらで取り消しいたしますので、ご安心ください。"),
]


@pytest.mark.parametrize(("lang", "text"), CANCEL_SYNONYM)
def test_a19_9_cancel_by_a_synonym(lang: str, text: str) -> None:
    assert "cancellation-request" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), CANCEL_BY_AMAZON)
def test_a19_10_cancel_through_amazon_customer_service(lang: str, text: str) -> None:
    assert "cancellation-request" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), CANCEL_COMPLIANT)
def test_a19_9_10_f6_cancellation_look_alikes(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- A19-11 / A19-12: contact data by a short noun; reaching the buyer directly ------------

SHORT_CONTACT_NOUN = [
    # the adversary's
    ("nl", "De vervoerder belt vooraf. Op welk mobiel nummer bent u het best bereikbaar?"),
    ("nl", "Op welk mobiel nummer kan de monteur u bereiken?"),
    ("tr", "Kargo firması teslimattan önce arıyor. Size hangi cep numarasından ulaşabilir?"),
    ("tr", "Hangi cep numarasından size ulaşabiliriz?"),
    ("sv", "Transportören ringer innan leverans. Vilket mobilnummer når de dig enklast på?"),
    ("it", "Per inviarle il manuale, ci può lasciare la sua mail?"),
    ("it", "Qual è la sua mail? Le mandiamo la fattura."),
    ("fr", "Envoyez-nous votre mail, on vous envoie la facture."),
    ("de", "Schicken Sie uns Ihre Mail, dann kommt die Rechnung."),
    ("pl", "Proszę przesłać swój mail, wyślemy fakturę."),
    # our own
    ("en", "Could you leave us your mail so we can send the manual?"),
    ("de", "Geben Sie uns bitte Ihre Mail, dann schicken wir die Anleitung."),
    ("fr", "Pouvez-vous nous laisser votre mail pour la notice ?"),
    ("es", "¿Nos deja su mail para enviarle el manual?"),
    ("it", "Ci lasci la sua mail per il manuale."),
    ("nl", "Wat is uw mobiele nummer? De monteur belt vooraf."),
    ("pl", "Proszę podać swój mail, wyślemy instrukcję."),
    ("sv", "Vilket mobilnummer kan vi nå dig på?"),
    ("tr", "Cep numaranızı yazar mısınız? Kurye arayacak."),
    ("ja", "取扱説明書をお送りするので、メールを教えていただけますか。"),
]

REACH_DIRECTLY = [
    # the adversary's
    ("sv", "Hur når vi dig direkt, utanför de här meddelandena?"),
    ("tr", "Bu mesajlar dışında size doğrudan nasıl ulaşabiliriz?"),
    ("pl", "Jak możemy skontaktować się z Panem bezpośrednio, poza tymi wiadomościami?"),
    # our own
    ("en", "How can we reach you directly, outside these messages?"),
    ("de", "Wie erreichen wir Sie direkt, außerhalb dieser Nachrichten?"),
    ("fr", "Comment pouvons-nous vous joindre directement, en dehors de ces messages ?"),
    ("es", "¿Cómo podemos contactarle directamente, fuera de estos mensajes?"),
    ("it", "Come possiamo contattarla direttamente, fuori da questi messaggi?"),
    ("nl", "Hoe kunnen we u rechtstreeks bereiken, buiten deze berichten om?"),
    ("pl", "Jak możemy się z Panią skontaktować bezpośrednio, poza Amazonem?"),
    ("sv", "Hur kan vi nå dig direkt, utanför Amazon?"),
    ("tr", "Amazon dışında size doğrudan nasıl ulaşabiliriz?"),
    ("ja", "このメッセージ以外で、直接ご連絡できる方法はありますか。"),
]

CONTACT_COMPLIANT = [
    ("en", "Thanks for your mail, the parcel left today."),
    ("de", "Vielen Dank für Ihre Mail, das Paket ist heute raus."),
    ("de", "Ihre Mail ist angekommen, wir kümmern uns darum."),
    ("fr", "Merci pour votre mail, le colis est parti aujourd'hui."),
    ("es", "Gracias por su mail, el paquete salió hoy."),
    ("it", "Grazie per la sua mail, il pacco è partito oggi."),
    ("nl", "De bezorger belt u op het nummer dat Amazon doorgeeft."),
    ("pl", "Dziękujemy za Pana mail, paczka wyszła dziś."),
    ("sv", "Tack för ditt mejl, paketet skickades i dag."),
    ("tr", "Kurye, Amazon'un ilettiği cep numaranızdan sizi arayacak."),
    ("ja", "メールありがとうございます。本日発送いたしました。"),
    ("sv", "Du når oss direkt här i Amazons meddelanden."),
    ("tr", "Bize doğrudan bu mesajlar üzerinden ulaşabilirsiniz."),
    ("pl", "Może się Pan z nami skontaktować bezpośrednio tutaj, w wiadomościach Amazon."),
]


@pytest.mark.parametrize(("lang", "text"), SHORT_CONTACT_NOUN)
def test_a19_11_contact_by_a_short_noun(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), REACH_DIRECTLY)
def test_a19_12_reach_you_outside_these_messages(lang: str, text: str) -> None:
    assert blocked(text, lang) & {"personal-data", "off-amazon"}


@pytest.mark.parametrize(("lang", "text"), CONTACT_COMPLIANT)
def test_a19_11_12_look_alikes(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- A19-F1: a manufacturer's or carrier's line named by the brand ------------------------

BRAND_LINES = [
    # the adversary's (compliant: a manufacturer's service line, a carrier's line)
    (
        "en",
        "Royal Mail tried to deliver but nobody was in. You can rebook redelivery on the card they left or call them on 03457 740 740.",
    ),
    (
        "en",
        "Evri couldn't deliver; their customer line is 0330 808 5456 if you want to arrange a safe place.",
    ),
    ("en", "For warranty claims please contact Siemens directly on 0344 892 8999."),
    ("de", "Garantie: bitte direkt an Miele wenden, Tel. 0800 22 44 644."),
    ("de", "Für die Garantie wenden Sie sich bitte an Siemens: 089 21 751 751."),
    ("de", "Garantieansprüche bitte direkt bei Braun geltend machen: 0800 783 7010."),
    ("fr", "Pour la garantie, contactez directement Tefal au 09 74 50 47 74."),
    ("fr", "Pour la garantie, appelez Moulinex au 09 74 50 36 23."),
    ("nl", "Voor garantie kunt u terecht bij Makita, telefoon 0800 0230 232."),
    # our own
    ("en", "For the warranty, ring Bosch on 0344 892 8979."),
    ("de", "Wegen der Garantie rufen Sie bitte Bosch an: 089 69 339 339."),
    ("fr", "Pour la garantie, appelez Rowenta au 09 74 50 47 75."),
    ("es", "Para la garantía, llame a Bosch al 976 305 713."),
    ("it", "Per la garanzia si rivolga direttamente a Bosch, tel. 02 4133 6310."),
    ("nl", "Voor de garantie kunt u Philips bellen op 020 721 0200."),
    ("pl", "W sprawie gwarancji proszę dzwonić do Bosch: 22 570 25 70."),
    ("sv", "För garantin, ring Electrolux på 0771 76 76 76."),
    ("tr", "Garanti için Arçelik'i 444 0 888 numarasından arayabilirsiniz."),
    ("ja", "保証についてはパナソニックの0120-878-554へお問い合わせください。"),
]

OWN_LINES = [
    ("en", "For the warranty, ring our workshop on 0161 496 0557."),
    ("en", "For warranty claims please call us directly on 0344 892 8999."),
    ("de", "Für die Garantie rufen Sie uns bitte an: 089 21 751 751."),
    ("fr", "Pour la garantie, appelez-nous au 09 74 50 47 74."),
    ("es", "Para la garantía, llámenos al 976 305 713."),
    ("it", "Per la garanzia ci chiami al 02 4133 6310."),
    ("nl", "Voor garantie kunt u ons bellen op 020 721 0200."),
    ("pl", "W sprawie gwarancji proszę dzwonić do nas: 22 570 25 70."),
    ("sv", "För garantin, ring oss på 0771 76 76 76."),
    ("tr", "Garanti için bizi 0532 412 88 90 numarasından arayabilirsiniz."),
    ("ja", "保証については当店の03-1234-5678までお電話ください。"),
]


@pytest.mark.parametrize(
    ("lang", "text"),
    _open(
        BRAND_LINES,
        "A19-F1 left open in r22c: the owner of the line is a bare capitalised name ('contactez directement Tefal au', 'an Siemens wenden: 089', 'call them on' after Royal Mail); without a brand list a capitalised name before a number is also the seller's own shop ('appelez Atelier Lina au 06 …'), and no 'manufacturer'/'customer service' cue is there to tell them apart",
        # (2, 3, 5, 8 closed in r23b: a freephone or shared-cost line may stand up to eight
        # words after the warranty word it belongs to; 1 closed in r31c: "their ... line"
        # after a carrier named in the sentence is the carrier's)
        {0, 4, 6, 7, 10, 11, 12, 13, 15},
    ),
)
def test_a19_f1_makers_and_carriers_lines_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


@pytest.mark.parametrize(("lang", "text"), OWN_LINES)
def test_a19_f1_the_sellers_own_line_is_still_phone(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


# --- A19-F2 / F3 / F4: opinion on a choice, a magazine's rating, a fact others told us ----

PREFERENCE_AND_FACTS = [
    # the adversary's
    (
        "de",
        "Welche Farbe hätten Sie gern als Ersatz? Ihre Meinung zum Farbton hilft uns, den richtigen zu wählen.",
    ),
    (
        "de",
        "Welche Größe hätten Sie gern? Ihre Meinung dazu hilft uns, das passende Teil zu schicken.",
    ),
    ("de", "Ihre Meinung ist uns wichtig: Möchten Sie lieber Ersatz oder Geld zurück?"),
    ("ja", "交換のお色はどちらがよろしいでしょうか。色味についてのご意見をお聞かせください。"),
    ("ja", "返金と交換のどちらがよろしいか、ご意見をお聞かせください。"),
    ("ja", "サイズについてのご意見をお聞かせいただければ、最適なものをお送りします。"),
    (
        "en",
        "The Which? test you mentioned rated it a Best Buy in 2023; the current model is the same.",
    ),
    ("en", "Consumer magazine Which? rated it highly last year; the model you got is the same."),
    (
        "sv",
        "Andra kunder har berättat att locket är lite trögt i början; en droppe olja på packningen hjälper.",
    ),
    ("sv", "Andra köpare har berättat att den passar bra på modell B också."),
    # our own
    (
        "en",
        "Which would you prefer as a replacement, blue or grey? Your opinion on the shade helps us pick.",
    ),
    ("de", "Ihre Meinung zur Größe hilft uns: lieber M oder L als Ersatz?"),
    ("fr", "Votre avis sur la couleur nous aide : bleu ou gris pour l'échange ?"),
    ("es", "Su opinión sobre el color nos ayuda: ¿azul o gris para el cambio?"),
    ("it", "La sua opinione sul colore ci aiuta: blu o grigio per la sostituzione?"),
    ("nl", "Uw mening over de kleur helpt ons: blauw of grijs als vervanging?"),
    ("pl", "Pana zdanie o kolorze nam pomoże: niebieski czy szary na wymianę?"),
    ("sv", "Din åsikt om färgen hjälper oss: blå eller grå som ersättning?"),
    ("tr", "Renk konusundaki fikriniz bize yardımcı olur: değişim için mavi mi gri mi?"),
    ("ja", "交換品の色について、青とグレーのどちらがよいかご意見をお聞かせください。"),
    (
        "en",
        "Good Housekeeping rated it best kettle of 2024, as you mentioned; yours is the same model.",
    ),
    (
        "de",
        "Stiftung Warentest hat ihn 2023 mit gut bewertet, wie Sie schreiben; Ihrer ist baugleich.",
    ),
    (
        "sv",
        "Andra kunder har berättat att den passar i de flesta skåp, så den bör passa hos dig också.",
    ),
    ("sv", "Flera köpare har berättat att filtret räcker i ungefär tre månader."),
]

STILL_ASKS = [
    ("de", "Ihre Meinung zum Produkt auf Amazon würde anderen Käufern sehr helfen."),
    ("ja", "商品についてのご意見をレビューでお聞かせください。"),
    ("en", "If you're happy, please rate it on Amazon, it really helps us."),
    ("sv", "Berätta gärna för andra kunder vad du tycker om locket på produktsidan."),
]


@pytest.mark.parametrize(("lang", "text"), PREFERENCE_AND_FACTS)
def test_a19_f2_f3_f4_look_alikes_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


@pytest.mark.parametrize(("lang", "text"), STILL_ASKS)
def test_a19_f2_f3_f4_real_asks_still_blocked(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- A19-F5: a refusal listing several payment methods -----------------------------------

PAYMENT_REFUSALS = [
    # the adversary's
    (
        "en",
        "Please never pay anyone outside Amazon - we will never ask you for PayPal or a bank transfer.",
    ),
    ("fr", "Nous ne vendons que sur Amazon et n'acceptons ni PayPal ni virement."),
    (
        "en",
        "Just so you know: we will never ask you to pay by PayPal, bank transfer or gift card. Everything goes through Amazon.",
    ),
    # our own
    ("en", "We don't take PayPal, bank transfers or cash; please pay through Amazon."),
    ("de", "Wir nehmen weder PayPal noch Überweisung an, bezahlt wird nur über Amazon."),
    (
        "fr",
        "Nous n'acceptons pas PayPal, ni les virements, ni les chèques : tout passe par Amazon.",
    ),
    ("es", "No aceptamos PayPal, Bizum ni transferencias; todo se paga en Amazon."),
    ("it", "Non accettiamo né PayPal né bonifico: si paga solo su Amazon."),
    ("nl", "We accepteren geen Tikkie, PayPal of overschrijving; alles gaat via Amazon."),
    ("pl", "Nie przyjmujemy ani BLIK-a, ani PayPala, ani przelewu; płatność tylko przez Amazon."),
    ("sv", "Vi tar inte emot Swish, PayPal eller banköverföring, allt betalas via Amazon."),
    ("tr", "PayPal, havale veya EFT kabul etmiyoruz; ödeme yalnızca Amazon üzerinden."),
    ("ja", "PayPalや銀行振込でのお支払いはお受けしておりません。お支払いはAmazonのみです。"),
    ("es", "Nunca le pediremos pagar por PayPal ni por transferencia: todo va por Amazon."),
    ("it", "Non le chiederemo mai PayPal o bonifico: si paga solo su Amazon."),
    ("nl", "We zullen u nooit vragen om PayPal of een overschrijving; alles gaat via Amazon."),
    ("pl", "Nigdy nie poprosimy o PayPal ani przelew, płatność tylko przez Amazon."),
    ("sv", "Vi kommer aldrig att be dig om Swish eller banköverföring, allt betalas via Amazon."),
    ("tr", "Sizden asla PayPal veya havale istemeyiz; ödeme yalnızca Amazon üzerinden."),
]

PAYMENT_OFFERS = [
    ("en", "You can pay the difference by PayPal or a bank transfer, whichever suits you."),
    ("de", "Den Aufpreis können Sie per PayPal oder Überweisung zahlen."),
    ("fr", "Vous pouvez régler le supplément par PayPal ou par virement."),
    ("en", "We'll never ask twice: just pay the difference by PayPal or bank transfer."),
]


@pytest.mark.parametrize(
    ("lang", "text"),
    _open(
        PAYMENT_REFUSALS,
        "A19-F5 not fixed this round: a refusal listing several payment methods",
        set(),
    ),
)
def test_a19_f5_refusing_several_methods(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


@pytest.mark.parametrize(("lang", "text"), PAYMENT_OFFERS)
def test_a19_f5_offering_them_is_still_off_amazon(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)
