# ruff: noqa: E501  (a data file: one reply per line reads better than wrapped strings)
"""Builds ``corpus.jsonl``, the labelled reply corpus the compliance tests measure against.

Run ``.venv/bin/python tests/compliance/make_corpus.py`` after editing the lists below.
Every text here was written from Amazon's messaging policy (DESIGN.md §3,
reference/amazon.md §1): compliant replies a seller really sends (tracking answers,
apologies, dates, prices, order ids, postcodes, carrier names and links), and violations
of every rule in every language, plainly and disguised.  Each violation snippet is used on
its own and once inside a compliant reply of the same language, because a rule must also
find it in context.

Line format: {"text": str, "lang": str, "rules": [rule ids that must be found],
"compliant": bool (the expected verdict), "note": str}.
"""

from __future__ import annotations

import json
from pathlib import Path

UPS = "https://www.ups.com/track?loc=en_US&tracknum=1Z999AA10123456784"
USPS = "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400100000000000000000"
FEDEX = "https://www.fedex.com/fedextrack/?trknbr=123456789012"
DHL = "https://www.dhl.com/global-en/home/tracking/tracking-parcel.html?submit=1&tracking-id=1234567890"
DHL_DE = "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094042557"
ROYAL = "https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB"
CANADA = (
    "https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=1234567890123456"
)
ONTRAC = "https://www.ontrac.com/tracking/?number=C11422907636811"
DPD = "https://www.dpdgroup.com/nl/mydpd/my-parcels/track?lang=en&parcelNumber=01505012345678"
LAPOSTE = "https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901"
AMZ_TRACK = "https://track.amazon.com/tracking/TBA123456789012"

# ---------------------------------------------------------------- compliant replies
COMPLIANT: dict[str, list[str]] = {
    "en": [
        f"Hello Sarah,\n\nThank you for your message about order 114-3941689-8772232. Your parcel was handed to UPS on 12 June and is on its way. You can follow it here: {UPS}\n\nThe estimated delivery date is Friday, 14 June.\n\nKind regards,\nThe Sunny Home team",
        "Hi Tom, we reviewed your order 203-5567123-1234567 and it left our warehouse yesterday with USPS. Tracking number: 9400 1000 0000 0000 0000 00. Delivery usually takes 3-5 business days.",
        "Your package is out for delivery today with FedEx (tracking 123456789012). If it does not arrive by 8 pm, please reply to this message and we will look into it.",
        f"We're sorry for the delay. Royal Mail shows your item AB123456789GB as in transit. Track it at {ROYAL}. It should arrive within 2 working days.",
        f"Good news: DHL delivered your parcel on 15/06/2024 at 10:42 to your neighbour at No. 12. Tracking: {DHL}",
        f"The carrier's phone line is on their tracking page if you'd like to arrange a redelivery: {UPS}",
        "Your refund of $24.99 was issued today and should appear on your statement within 5 business days.",
        f"Order 111-2223334-4445556 shipped in two packages. Package 1 of 2 was delivered; package 2 of 2 is with OnTrac: {ONTRAC}",
        "You can see the order details in your account: https://www.amazon.com/gp/your-account/order-history",
        "We checked with Amazon Logistics. Your parcel TBA123456789012 is at the local delivery station and will be delivered tomorrow, 18 June 2024, between 9:00 and 17:00.",
        "I'm sorry the parcel hasn't arrived. The tracking shows it was delivered to ZIP code 94103-1234 on 2024-06-14. Could you check with neighbours or your building's mailroom? If it still doesn't turn up, reply here and we'll send a replacement.",
        f"Canada Post has your parcel: {CANADA}. Expected delivery: June 20. Postal code on the label: K1A 0B1.",
        f"Thanks for reaching out. Your order of 3 items (total $129.50) was shipped via USPS Priority Mail. Tracking: {USPS}",
        "We reviewed the tracking history: the parcel was held at customs for 2 days and was released on 06/17/2024. It should reach you in 1-2 days.",
        f"You can call UPS at 1-800-742-5877 to schedule a redelivery, or use the tracking page: {UPS}",
        "Your order was cancelled at your request and you will not be charged. If you have any questions, just reply to this message.",
        "The parcel weighs 2.5 kg and measures 30 x 20 x 10 cm, so it will fit in a parcel locker.",
        "Unfortunately the item is back-ordered. The new ship date is 06.07.2024; we will send tracking as soon as it leaves.",
        "Amazon shows the delivery window as 14-16 June. Your tracking number 1Z999AA10123456784 is with UPS.",
        "Please make sure someone can sign for the parcel; the driver will try again on the next business day (up to 3 attempts).",
        "Our warehouse in Reno, NV 89502 shipped your order at 4:30 pm yesterday.",
        "The invoice for order 026-1234567-7654321 is available in your Amazon account under Your Orders.",
        f"We have re-shipped the missing part at no cost to you. New tracking: {FEDEX}",
        "If the parcel is damaged, please keep the packaging and take photos; then reply to this message so we can help.",
        "Your parcel is waiting at the UPS Access Point shop on 125 Main St until 22 June. Bring a photo ID and tracking number 1Z 999 AA1 01 2345 6784.",
        "Thank you for your patience. The carrier confirmed a delay due to weather; the new estimated delivery is Monday. Reference: case 58213.",
        "Thanks for your order 112-7654321-1234567! It shipped today with DHL Express, waybill 1234567890.",
        "Your package was delivered.It was left at the front door, as the photo on the tracking page shows.",
        f"Delivered at 2:14 pm. The photo on delivery is available on Amazon: {AMZ_TRACK}",
        "The carrier left a notice card at your door at 11:05 with a reference number 8834 2210.",
        "We will look at it today and get back to you within 24 hours.",
        "Your order contains 2 x USB-C cable (1 m) and 1 x charger 65 W.",
        "The price you paid was £18.99 including VAT, and the replacement ships free of charge.",
        "Please allow 7-10 days for international delivery to Canada.",
        "Your parcel is at the post office at 1600 Pennsylvania Ave; it will be held for 15 days.",
        "We have reviewed your message. The parcel left Memphis, TN at 03:12 and is now in Chicago, IL 60607.",
        "Seller Central shows the return was received on 2024-06-20, and your refund is being processed.",
        "The delivery was rescheduled to Tuesday 18.06. because the driver could not access the building.",
        "Order total: 1,299.00 USD. Shipping: 0.00 USD. The tracking number is 1Z 999 AA1 01 2345 6784.",
        "If the tracking does not update by 20 June, please let us know through this message thread and we will open an investigation with the carrier.",
        "Thank you for letting us know. We are sorry the box arrived dented; a replacement is on its way and you do not need to return the damaged one.",
        "Your parcel was scanned at 07:45 at the USPS facility in 30301 Atlanta, GA.",
        "Sorry, our previous message had a typo: the correct order number is 114-3941689-8772232.",
        "The item ships from Germany, so delivery to the UK takes 4 to 6 working days.",
        "We have asked the carrier to look at it and will update you by 5 pm tomorrow.",
        f"Your parcel arrives by Amazon Shipping. Tracking: {AMZ_TRACK}",
        "The seller review of your address found a missing apartment number; please update the address in your Amazon account before 3 pm.",
        "Version 2.1 of the manual is included in the box on page 4.",
    ],
    "de": [
        f"Hallo Frau Müller,\n\nvielen Dank für Ihre Nachricht zur Bestellung 302-1234567-7654321. Ihr Paket wurde am 12.06.2024 an DHL übergeben. Sie können die Sendung hier verfolgen: {DHL_DE}\n\nMit freundlichen Grüßen\nIhr Team von Sonnenhaus",
        "Ihr Paket liegt in der Packstation 123 in 10115 Berlin zur Abholung bereit. Sendungsnummer: 00340434161094042557.",
        "Wir haben Ihre Bestellung geprüft: Sie wurde gestern mit DPD verschickt und kommt voraussichtlich in 2-3 Werktagen an.",
        "Die Zustellung ist für Freitag, den 14.06., zwischen 10:00 und 14:00 Uhr geplant.",
        "Es tut uns leid, dass sich die Lieferung verzögert. Laut DHL befindet sich das Paket im Paketzentrum. Die Telefonnummer von DHL finden Sie auf der Sendungsverfolgung.",
        "Der Betrag von 24,99 € wurde Ihnen heute erstattet.",
        "Ihr Paket wurde beim Nachbarn (Hausnummer 12) abgegeben.",
        "Ihre Sendung wurde im DHL Paketshop hinterlegt. Bitte bringen Sie Ihren Ausweis mit.",
        "Die Bestelldetails finden Sie in Ihrem Amazon-Konto: https://www.amazon.de/gp/css/order-history",
        "Hermes meldet einen Zustellversuch am 17.06.2024 um 11:30 Uhr. Ein zweiter Versuch folgt am nächsten Werktag.",
        "Wir haben den fehlenden Artikel kostenlos nachgeschickt. Neue Sendungsnummer: 1Z999AA10123456784 (UPS).",
        "Ihr Paket wird heute zugestellt. Bitte beachten Sie, dass der Fahrer bis 20 Uhr unterwegs sein kann.",
        "Leider ist der Artikel erst ab dem 01.07.2024 wieder verfügbar. Wir informieren Sie, sobald er versandt wurde.",
        "Wir haben Ihre Nachricht erhalten und prüfen den Fall. Sie erhalten innerhalb von 24 Stunden eine Antwort.",
        "Die Lieferadresse lautet: Hauptstraße 5, 80331 München.",
        "Die Sendung wiegt 3,2 kg; die Paketnummer lautet 0034 0434 1610 9404 2557.",
        "Wir haben die Sendungsverfolgung überprüft: Die Zustellung erfolgt am Montag.",
        "Der Fahrer hat eine Benachrichtigungskarte hinterlassen. Mit der Karte können Sie das Paket ab morgen 10 Uhr in der Filiale abholen.",
        "Vielen Dank für Ihre Geduld. Die Lieferung per GLS ist für den 18. Juni geplant: https://gls-group.com/DE/de/paketverfolgung?match=12345678901",
        "Wir prüfen das gerne für Sie. Bitte antworten Sie einfach auf diese Nachricht, falls das Paket bis Freitag nicht angekommen ist.",
        "Ihre Bestellung über 59,90 EUR wurde in zwei Paketen versandt (Paket 1 von 2 und 2 von 2).",
        "Falls Sie mit der Lieferung nicht zufrieden sind, antworten Sie bitte auf diese Nachricht.",
        "Zu Punkt 3 Ihrer Nachricht: Die Rechnung finden Sie in Ihrem Amazon-Konto.",
        f"Ihr Paket ist mit UPS unterwegs: {UPS}",
        "Die Sendung befindet sich im Zollverfahren; das dauert in der Regel 2 bis 4 Tage.",
        "Wir entschuldigen uns für die Verzögerung. Das Paket ist am 13.06. im Verteilzentrum 44147 Dortmund angekommen.",
        "Ihre Rücksendung ist am 20.06.2024 bei uns eingegangen; die Erstattung wird bearbeitet.",
        "Der Zusteller konnte Sie leider nicht antreffen und hat das Paket zur Postfiliale in der Bahnhofstraße 7 gebracht.",
        "Der Preis von 1.299,00 € enthält die Mehrwertsteuer.",
        "Die Telefonnummer des Paketdienstes steht auf der Benachrichtigungskarte.",
        "Der neue Liefertermin ist der 24.06.2024. Bitte entschuldigen Sie die Unannehmlichkeiten.",
    ],
    "fr": [
        f"Bonjour Madame Dubois,\n\nMerci pour votre message concernant la commande 405-1234567-1234567. Votre colis a été remis à La Poste le 12/06/2024. Vous pouvez le suivre ici : {LAPOSTE}\n\nCordialement,\nL'équipe Maison Soleil",
        "Votre colis est disponible au point relais jusqu'au 22 juin. Pensez à vous munir d'une pièce d'identité.",
        "Nous avons vérifié le suivi : le colis est en cours d'acheminement et devrait arriver sous 3 à 5 jours ouvrés.",
        "Le livreur est passé le 14/06 à 11h30 mais personne n'était présent. Une nouvelle tentative aura lieu demain.",
        "Votre colis est au point de retrait Colissimo, 12 rue de la Paix, 75002 Paris.",
        "Nous sommes désolés pour ce retard. Le numéro de téléphone du transporteur figure sur sa page de suivi.",
        "Le remboursement de 19,90 € a été effectué aujourd'hui.",
        "La remise en main propre est prévue le lundi 17 juin.",
        "Votre commande a été expédiée en deux colis. Le premier a été livré ; le second est en transit avec Chronopost.",
        "Vous trouverez le détail de la commande dans votre compte Amazon : https://www.amazon.fr/gp/your-account/order-history",
        "Le numéro de suivi est 6A12345678901. La livraison est prévue pour demain.",
        "Nous avons bien reçu votre message et revenons vers vous sous 24 heures.",
        "Le colis pèse 1,5 kg. Il sera livré entre 8h et 13h.",
        "Si vous n'êtes pas satisfait de la livraison, répondez simplement à ce message.",
        "Un point important : le transporteur demandera une signature à la livraison.",
        f"Suivi DPD : {DPD}",
        "La date de livraison estimée est le 18.06.2024.",
        "Nous vous donnerons un retour rapidement après vérification auprès du transporteur.",
        "Votre colis est arrivé au centre de tri de Lyon (69007) ce matin.",
        "Merci de vérifier votre boîte aux lettres : le facteur va laisser un avis de passage.",
        "Le montant de la commande était de 49,90 EUR, frais de port compris.",
        "Nous avons examiné votre demande : le colis a été retardé par la douane.",
        "Le colis a été remis au point de retrait le 16.06. à 9h15.",
        f"Votre colis voyage avec UPS : {UPS}",
        "Votre commande 405-1234567-1234567 a bien été expédiée le 12 juin.",
        "Nous sommes navrés pour ce désagrément ; un nouvel envoi est parti ce matin.",
    ],
    "es": [
        "Hola Sr. García:\n\nGracias por su mensaje sobre el pedido 171-1234567-1234567. Su paquete se entregó a Correos el 12/06/2024. Puede seguirlo aquí: https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=PQ4F6P0712345670128001Z\n\nUn saludo,\nEl equipo de Casa Sol",
        "Su paquete está en el punto de recogida hasta el 22 de junio.",
        "Hemos revisado el seguimiento: el envío está en tránsito y llegará en 3-5 días laborables.",
        "El repartidor intentó la entrega el 14/06 a las 11:30. Habrá un segundo intento mañana.",
        "Sentimos el retraso. El teléfono de la empresa de transporte aparece en su página de seguimiento.",
        "Le hemos reembolsado 19,90 € hoy.",
        "Su pedido se envió con SEUR; número de seguimiento 1Z999AA10123456784.",
        "Puede ver los detalles en su cuenta de Amazon: https://www.amazon.es/gp/your-account/order-history",
        "El punto es que el transportista no ha actualizado el estado desde el lunes.",
        "El paquete pesa 2 kg y se entregará entre las 9:00 y las 14:00.",
        "Si no está satisfecho con la entrega, responda a este mensaje.",
        "Código postal de entrega: 28013 Madrid.",
        "Vamos a valorar su caso con el transportista y le responderemos en 24 horas.",
        "La fecha estimada de entrega es el 18.06.2024.",
        "Su pedido de 2 artículos (total 45,50 €) se envió en un solo paquete.",
        "El código de seguimiento es 00340434161094042557.",
        "El transportista indica una dirección incompleta; por favor, revise la dirección en su cuenta de Amazon.",
        f"Su paquete viaja con DHL: {DHL}",
        "Lamentamos las molestias. Hemos enviado un paquete nuevo esta mañana.",
        "El paquete llegó al centro logístico de 08040 Barcelona el 15 de junio.",
        "Le confirmamos que el pedido 171-1234567-1234567 salió de nuestro almacén el lunes.",
        "El precio de 1.299,00 € incluye el IVA.",
    ],
    "it": [
        "Gentile Sig. Rossi,\n\ngrazie per il suo messaggio sull'ordine 408-1234567-1234567. Il pacco è stato consegnato a BRT il 12/06/2024. Può seguirlo qui: https://www.brt.it/it/tracking?spedizione=123456789012\n\nCordiali saluti,\nIl team di Casa Sole",
        "Il pacco è disponibile presso il punto di ritiro fino al 22 giugno.",
        "Abbiamo verificato il tracciamento: la spedizione è in transito e arriverà in 3-5 giorni lavorativi.",
        "Il corriere ha tentato la consegna il 14/06 alle 11:30; riproverà domani.",
        "Ci scusiamo per il ritardo. Il numero di telefono del corriere è indicato nella sua pagina di tracciamento.",
        "Le abbiamo rimborsato 19,90 € oggi.",
        "Il numero di spedizione è 1Z999AA10123456784 (UPS).",
        "Può vedere i dettagli nel suo account Amazon: https://www.amazon.it/gp/your-account/order-history",
        "Il pacco pesa 2 kg e verrà consegnato tra le 9:00 e le 14:00.",
        "Se non è soddisfatto della consegna, risponda pure a questo messaggio.",
        "Possiamo valutare un rimborso se il pacco non arriva entro venerdì.",
        "CAP di consegna: 20121 Milano.",
        "La data di consegna stimata è il 18.06.2024.",
        "Abbiamo ricevuto il suo messaggio e le risponderemo entro 24 ore.",
        "Il suo ordine è stato spedito con Poste Italiane: https://www.poste.it/cerca/index.html#/risultati-spedizioni/RA123456789IT",
        f"Il pacco viaggia con UPS: {UPS}",
        "Ci dispiace per l'inconveniente: abbiamo spedito un nuovo pacco stamattina.",
        "Il pacco è arrivato al centro di smistamento di 00144 Roma il 15 giugno.",
        "L'importo di 1.299,00 € comprende l'IVA.",
        "Il corriere ha lasciato un avviso di passaggio nella sua cassetta.",
        "Abbiamo esaminato la sua richiesta: il pacco è fermo in dogana da 2 giorni.",
    ],
    "ja": [
        "ご注文（注文番号 249-1234567-1234567）の商品は、6月12日にヤマト運輸にて発送いたしました。お届け予定日は6月14日です。",
        "お荷物はただいま配送中です。追跡番号：1234-5678-9012",
        "配送状況はこちらからご確認いただけます：https://track.amazon.co.jp/tracking/TBA123456789012",
        "お届けが遅れており、大変申し訳ございません。",
        "ご返金（1,980円）の手続きが完了しました。",
        "商品は2024年6月15日に配達済みとなっております。",
        "配送業者の電話番号は追跡ページに記載されています。",
        "ご不便をおかけして申し訳ございません。代わりの商品を本日発送いたしました。",
    ],
}

# ---------------------------------------------------------------- violations
# (snippet, rules that must be found, compliant) -- compliant only for warn-level findings.
V = tuple[str, list[str], bool]
VIOLATIONS: dict[str, list[V]] = {
    "en": [
        (
            "You can also order directly at www.sunnyhome-shop.com next time.",
            ["link", "off-amazon"],
            False,
        ),
        ("See our FAQ at sunnyhome.co.uk/faq for care tips.", ["link"], False),
        ("Check the status on https://bit.ly/3xYz12", ["link"], False),
        ("Visit mystore dot com for updates.", ["link"], False),
        ("Our page: s u n n y h o m e . c o m", ["link"], False),
        ("Find us at sunnyhome[.]com", ["link"], False),
        ("Details at ｓｕｎｎｙｈｏｍｅ．ｃｏｍ", ["link"], False),
        ("Track it on ups.com.evil-track.net/1Z999AA10123456784", ["link"], False),
        ("Track it at https://www.uрs.com/track", ["link"], False),  # Cyrillic "р"
        ("Go to sunny\u200bhome.com for the manual.", ["link"], False),
        ("Photos of the parcel: https://imgur.com/a/Xy12Ab", ["link"], False),
        ("Manual: sunnyhome (dot) shop / manuals", ["link"], False),
        (
            "Track it here: http://www.ups.com/track?tracknum=1Z999AA10123456784",
            ["insecure-link"],
            False,
        ),
        (
            "Your order: http://www.amazon.com/gp/your-account/order-history",
            ["insecure-link"],
            False,
        ),
        ("Write to support@sunnyhome.com if you need help.", ["email-address"], False),
        ("Email me at anna.smith@gmail.com", ["email-address"], False),
        ("Reach us: service [at] sunnyhome [dot] com", ["email-address"], False),
        ("contact: info(at)sunnyhome(dot)co(dot)uk", ["email-address"], False),
        ("our address is help at sunnyhome dot com", ["email-address"], False),
        ("returns＠sunnyhome．com", ["email-address"], False),
        ("Drop a line to tom at gmail.com", ["email-address"], False),
        ("Call us on +1 (555) 123-4567 any time.", ["phone-number"], False),
        ("Our hotline: 0800 123 4567.", ["phone-number"], False),
        ("Text me at 555.123.4567 if it's urgent.", ["phone-number"], False),
        ("Ring 020 7946 0958 and ask for Tom.", ["phone-number"], False),
        ("You can reach me on 07700 900123.", ["phone-number"], False),
        ("Call +44 20 7946 0958 for a faster answer.", ["phone-number"], False),
        ("Our phone: 555-123-4567.", ["phone-number"], False),
        ("Call us: ＋１ ５５５ １２３ ４５６７", ["phone-number"], False),
        ("If you have a moment, please leave a review of the product.", ["review-request"], True),
        ("We would appreciate your feedback on Amazon.", ["review-request"], True),
        (
            "If you are happy with your purchase, please leave us a 5-star review!",
            ["review-request"],
            False,
        ),
        ("We'd really appreciate a positive review.", ["review-request"], False),
        ("Leave us a review and we'll send you a $10 gift card.", ["review-request"], False),
        (
            "Could you please remove your negative feedback now that the parcel has arrived?",
            ["review-request"],
            False,
        ),
        (
            "Please consider updating your review now that the issue is fixed.",
            ["review-request"],
            False,
        ),
        (
            "Before leaving negative feedback, please contact us first so we can fix it.",
            ["review-request"],
            False,
        ),
        ("If you liked the product, please rate us five stars.", ["review-request"], False),
        ("If you're satisfied, tell your friends about us!", ["review-request"], False),
        (
            "A glowing review would mean the world to us, we hope for five stars.",
            ["review-request"],
            False,
        ),
        (
            "Please write a review; we will refund the shipping once it is posted.",
            ["review-request"],
            False,
        ),
        ("Use code SUMMER15 for 15% off your next order.", ["marketing"], False),
        ("Sign up for our newsletter to hear about new arrivals.", ["marketing"], False),
        ("Check out our other products in our Amazon store.", ["marketing"], False),
        ("Don't miss our summer sale!", ["marketing"], False),
        ("Follow us for exclusive offers.", ["marketing"], False),
        ("As a thank-you, here is a coupon for your next purchase.", ["marketing"], False),
        ("You might also like our new bamboo range.", ["marketing"], False),
        ("Next time, order directly from us and save the fees.", ["off-amazon"], False),
        ("Please contact us directly, not through Amazon.", ["off-amazon"], False),
        ("Message us on WhatsApp for faster help.", ["off-amazon"], False),
        ("You can also find us on eBay and Etsy.", ["off-amazon"], False),
        ("Visit our website for the tracking.", ["off-amazon"], False),
        ("We can refund you via PayPal outside Amazon.", ["off-amazon"], False),
        ("Follow our Instagram for behind-the-scenes photos.", ["off-amazon"], False),
        ("Please email us so we can sort this out.", ["off-amazon"], False),
        ("<b>Important:</b> the parcel is delayed.", ["html"], False),
        ('Track it <a href="https://www.ups.com/track">here</a>.', ["html"], False),
        ("Delivery on Monday&nbsp;17 June.", ["html"], False),
        ("Line one<br>Line two", ["html"], False),
        ("Kind regards &ndash; the team", ["html"], False),
        ("Your parcel is on its way 🚚", ["emoji"], False),
        ("Thanks so much! 😊", ["emoji"], False),
        ("Delivered ✅", ["emoji"], False),
        ("We love our customers ❤️", ["emoji"], False),
        ("Have a great day 👍🏽", ["emoji"], False),
        ("Hello {{ buyer_name }}, your parcel is on its way.", ["placeholder"], False),
        ("Your tracking number is [TRACKING].", ["placeholder"], False),
        ("Order <order id> has shipped.", ["placeholder"], False),
        ("Dear {name},", ["placeholder"], False),
        ("Your order XXX-XXXXXXX-XXXXXXX has shipped.", ["placeholder"], False),
        ("Estimated delivery: [DATE].", ["placeholder"], False),
        ("Your parcel is with [carrier name].", ["placeholder"], False),
    ],
    "de": [
        (
            "Bestellen Sie beim nächsten Mal direkt in unserem Shop: www.sonnenhaus-shop.de",
            ["link", "off-amazon"],
            False,
        ),
        ("Mehr Infos unter sonnenhaus.de/faq", ["link"], False),
        ("Schauen Sie auf sonnenhaus punkt de vorbei.", ["link"], False),
        ("Unsere Seite: s o n n e n h a u s . d e", ["link"], False),
        ("Anleitung: https://sonnenhaus-anleitungen.de/pdf/123", ["link"], False),
        ("Details unter ѕonnenhаus.de", ["link"], False),  # Cyrillic s, a
        ("Alle Infos: sonnenhaus\u200b.de", ["link"], False),
        ("Sendungsverfolgung: http://www.dhl.de/de/privatkunden.html", ["insecure-link"], False),
        ("Schreiben Sie an service@sonnenhaus.de.", ["email-address"], False),
        ("E-Mail: info [at] sonnenhaus [punkt] de", ["email-address"], False),
        ("Kontakt: kundendienst(at)sonnenhaus(punkt)de", ["email-address"], False),
        ("Meine Adresse: max.mustermann@web.de", ["email-address"], False),
        ("Rufen Sie uns an: +49 (0) 30 1234567.", ["phone-number"], False),
        ("Unsere Hotline: 0800 123 45 67", ["phone-number"], False),
        ("Telefon: 030/123 456 78", ["phone-number"], False),
        ("Mobil erreichbar unter 0176-12345678.", ["phone-number"], False),
        ("Whatsapp-Nummer: 0049 176 12345678", ["phone-number"], False),
        ("Tel.: 0 3 0 1 2 3 4 5 6 7", ["phone-number"], False),
        ("Über eine Bewertung würden wir uns freuen.", ["review-request"], True),
        ("Bitte hinterlassen Sie uns eine Bewertung auf Amazon.", ["review-request"], True),
        (
            "Wenn Sie zufrieden sind, hinterlassen Sie uns bitte eine 5-Sterne-Bewertung!",
            ["review-request"],
            False,
        ),
        ("Wir würden uns über eine positive Bewertung sehr freuen.", ["review-request"], False),
        ("Für eine Bewertung erhalten Sie einen Gutschein über 10 €.", ["review-request"], False),
        ("Könnten Sie Ihre negative Bewertung bitte löschen?", ["review-request"], False),
        (
            "Bitte ändern Sie Ihre Bewertung, da das Paket jetzt angekommen ist.",
            ["review-request"],
            False,
        ),
        (
            "Bevor Sie eine negative Bewertung abgeben, kontaktieren Sie uns bitte.",
            ["review-request"],
            False,
        ),
        ("Geben Sie uns 5 Sterne, wenn Ihnen der Artikel gefällt.", ["review-request"], False),
        ("Mit dem Code SOMMER10 erhalten Sie 10 % Rabatt.", ["marketing"], False),
        ("Abonnieren Sie unseren Newsletter!", ["marketing"], False),
        ("Entdecken Sie unsere anderen Produkte im Amazon-Shop.", ["marketing"], False),
        ("Nur diese Woche: Sonderangebote auf alle Kissen.", ["marketing"], False),
        ("Folgen Sie uns für exklusive Angebote.", ["marketing"], False),
        (
            "Als Dankeschön erhalten Sie einen Gutschein für Ihre nächste Bestellung.",
            ["marketing"],
            False,
        ),
        ("Beim nächsten Mal bestellen Sie am besten direkt bei uns.", ["off-amazon"], False),
        ("Kontaktieren Sie uns direkt, nicht über Amazon.", ["off-amazon"], False),
        ("Schreiben Sie uns einfach per WhatsApp.", ["off-amazon"], False),
        ("Sie finden uns auch auf eBay.", ["off-amazon"], False),
        ("Besuchen Sie unseren Onlineshop für mehr Auswahl.", ["off-amazon"], False),
        (
            "Die Erstattung machen wir gerne per Überweisung außerhalb von Amazon.",
            ["off-amazon"],
            False,
        ),
        ("<p>Ihr Paket ist unterwegs.</p>", ["html"], False),
        ("Lieferung am Montag&nbsp;17.06.", ["html"], False),
        ("Mit freundlichen Gr&uuml;&szlig;en", ["html"], False),
        ("Ihr Paket ist unterwegs 📦", ["emoji"], False),
        ("Vielen Dank! 🙏", ["emoji"], False),
        ("Zugestellt ✔️", ["emoji"], False),
        ("Hallo {{ kunde }}, Ihr Paket ist unterwegs.", ["placeholder"], False),
        ("Ihre Sendungsnummer lautet [SENDUNGSNUMMER].", ["placeholder"], False),
        ("Bestellung <Bestellnummer> wurde versandt.", ["placeholder"], False),
        ("Sehr geehrte/r {Name},", ["placeholder"], False),
    ],
    "fr": [
        (
            "La prochaine fois, commandez directement sur notre site www.maisonsoleil.fr",
            ["link", "off-amazon"],
            False,
        ),
        ("Plus d'infos sur maisonsoleil.fr/aide", ["link"], False),
        ("Rendez-vous sur maisonsoleil point fr", ["link"], False),
        ("Notre page : m a i s o n s o l e i l . f r", ["link"], False),
        ("Notice : https://notices-maisonsoleil.com/123", ["link"], False),
        ("Voir mаisonsoleil.fr", ["link"], False),  # Cyrillic a
        (
            "Suivi : http://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901",
            ["insecure-link"],
            False,
        ),
        ("Écrivez à contact@maisonsoleil.fr.", ["email-address"], False),
        ("Adresse : sav [at] maisonsoleil [point] fr", ["email-address"], False),
        ("Mon adresse : marie.dupont@orange.fr", ["email-address"], False),
        ("Courriel : sav arobase maisonsoleil point fr", ["email-address"], False),
        ("Appelez-nous au 01 23 45 67 89.", ["phone-number"], False),
        ("Notre numéro : 06.12.34.56.78", ["phone-number"], False),
        ("Téléphone : +33 6 12 34 56 78", ["phone-number"], False),
        ("Tél. 0612345678", ["phone-number"], False),
        (
            "Si vous avez un moment, merci de laisser un avis sur le produit.",
            ["review-request"],
            True,
        ),
        ("N'hésitez pas à nous laisser une évaluation.", ["review-request"], True),
        ("Si vous êtes satisfait, laissez-nous un avis 5 étoiles !", ["review-request"], False),
        ("Un avis positif nous aiderait beaucoup, nous l'espérons.", ["review-request"], False),
        ("Laissez un avis et recevez un bon d'achat de 10 €.", ["review-request"], False),
        ("Pourriez-vous supprimer votre avis négatif ?", ["review-request"], False),
        (
            "Merci de modifier votre évaluation maintenant que le colis est arrivé.",
            ["review-request"],
            False,
        ),
        ("Avant de laisser un avis négatif, contactez-nous.", ["review-request"], False),
        ("Utilisez le code ETE15 pour 15 % de réduction.", ["marketing"], False),
        ("Abonnez-vous à notre newsletter !", ["marketing"], False),
        ("Découvrez nos autres produits sur Amazon.", ["marketing"], False),
        ("Profitez de nos soldes d'été.", ["marketing"], False),
        ("Suivez-nous pour des offres exclusives.", ["marketing"], False),
        ("La prochaine fois, commandez directement chez nous.", ["off-amazon"], False),
        ("Contactez-nous directement par e-mail.", ["off-amazon"], False),
        ("Écrivez-nous sur WhatsApp.", ["off-amazon"], False),
        ("Retrouvez-nous aussi sur eBay.", ["off-amazon"], False),
        ("Visitez notre boutique en ligne.", ["off-amazon"], False),
        ("<i>Important</i> : votre colis est en retard.", ["html"], False),
        ("Livraison pr&eacute;vue lundi.", ["html"], False),
        ("Votre colis est en route 🚚", ["emoji"], False),
        ("Merci beaucoup ! 😊", ["emoji"], False),
        ("Bonjour {{ nom_client }}, votre colis est en route.", ["placeholder"], False),
        ("Votre numéro de suivi est [NUMERO_SUIVI].", ["placeholder"], False),
        ("Commande <numéro de commande> expédiée.", ["placeholder"], False),
    ],
    "es": [
        (
            "La próxima vez, compre directamente en nuestra tienda www.casasol.es",
            ["link", "off-amazon"],
            False,
        ),
        ("Más información en casasol.es/ayuda", ["link"], False),
        ("Visite casasol punto es", ["link"], False),
        ("Nuestra web: c a s a s o l . e s", ["link"], False),
        ("Manual: https://manuales-casasol.com/123", ["link"], False),
        ("Vea cаsasol.es", ["link"], False),  # Cyrillic a
        (
            "Seguimiento: http://www.correos.es/es/es/herramientas/localizador",
            ["insecure-link"],
            False,
        ),
        ("Escriba a atencion@casasol.es.", ["email-address"], False),
        ("Correo: soporte [arroba] casasol [punto] es", ["email-address"], False),
        ("Mi correo: juan.perez@hotmail.es", ["email-address"], False),
        ("Correo: soporte arroba casasol punto es", ["email-address"], False),
        ("Llámenos al +34 912 345 678.", ["phone-number"], False),
        ("Nuestro teléfono: 912 34 56 78", ["phone-number"], False),
        ("Móvil: 612 345 678", ["phone-number"], False),
        ("Si tiene un momento, deje una reseña del producto.", ["review-request"], True),
        ("Le agradeceríamos su opinión en Amazon.", ["review-request"], True),
        ("Si está satisfecho, déjenos una reseña de 5 estrellas.", ["review-request"], False),
        ("Una valoración positiva nos ayudaría mucho, esperamos.", ["review-request"], False),
        ("Deje una reseña y le enviaremos un cupón de 10 €.", ["review-request"], False),
        ("¿Podría eliminar su reseña negativa?", ["review-request"], False),
        (
            "Por favor, modifique su valoración ahora que ha llegado el paquete.",
            ["review-request"],
            False,
        ),
        ("Antes de dejar una valoración negativa, contáctenos.", ["review-request"], False),
        ("Use el código VERANO15 para un 15 % de descuento.", ["marketing"], False),
        ("Suscríbase a nuestro boletín.", ["marketing"], False),
        ("Descubra nuestros otros productos en Amazon.", ["marketing"], False),
        ("No se pierda nuestras rebajas de verano.", ["marketing"], False),
        ("Síganos para ofertas exclusivas.", ["marketing"], False),
        ("La próxima vez, compre directamente con nosotros.", ["off-amazon"], False),
        ("Contáctenos directamente por correo.", ["off-amazon"], False),
        ("Escríbanos por WhatsApp.", ["off-amazon"], False),
        ("También estamos en eBay.", ["off-amazon"], False),
        ("Visite nuestra tienda online.", ["off-amazon"], False),
        ("<b>Importante:</b> su paquete llega tarde.", ["html"], False),
        ("Entrega prevista el lunes&nbsp;17.", ["html"], False),
        ("¡Su paquete está en camino! 🚚", ["emoji"], False),
        ("¡Muchas gracias! 😊", ["emoji"], False),
        ("Hola {{ nombre }}, su paquete está en camino.", ["placeholder"], False),
        ("Su número de seguimiento es [NUMERO_SEGUIMIENTO].", ["placeholder"], False),
        ("Pedido <número de pedido> enviado.", ["placeholder"], False),
    ],
    "it": [
        (
            "La prossima volta acquisti direttamente sul nostro sito www.casasole.it",
            ["link", "off-amazon"],
            False,
        ),
        ("Maggiori informazioni su casasole.it/aiuto", ["link"], False),
        ("Visiti casasole punto it", ["link"], False),
        ("Il nostro sito: c a s a s o l e . i t", ["link"], False),
        ("Manuale: https://manuali-casasole.com/123", ["link"], False),
        ("Veda cаsasole.it", ["link"], False),  # Cyrillic a
        ("Tracciamento: http://www.poste.it/cerca/index.html", ["insecure-link"], False),
        ("Scriva a assistenza@casasole.it.", ["email-address"], False),
        ("Email: assistenza [at] casasole [punto] it", ["email-address"], False),
        ("La mia email: mario.rossi@libero.it", ["email-address"], False),
        ("Email: assistenza chiocciola casasole punto it", ["email-address"], False),
        ("Ci chiami al +39 02 1234 5678.", ["phone-number"], False),
        ("Il nostro numero: 02 1234 5678", ["phone-number"], False),
        ("Cellulare: 333 123 4567", ["phone-number"], False),
        ("Se ha un momento, lasci una recensione del prodotto.", ["review-request"], True),
        ("Ci farebbe piacere una sua recensione su Amazon.", ["review-request"], True),
        ("Se è soddisfatto, ci lasci una recensione a 5 stelle!", ["review-request"], False),
        ("Una recensione positiva ci aiuterebbe molto, speriamo.", ["review-request"], False),
        ("Lasci una recensione e riceverà un buono sconto di 10 €.", ["review-request"], False),
        ("Potrebbe rimuovere la sua recensione negativa?", ["review-request"], False),
        (
            "La preghiamo di modificare la sua valutazione ora che il pacco è arrivato.",
            ["review-request"],
            False,
        ),
        ("Prima di lasciare un feedback negativo, ci contatti.", ["review-request"], False),
        ("Usi il codice ESTATE15 per il 15 % di sconto.", ["marketing"], False),
        ("Si iscriva alla nostra newsletter.", ["marketing"], False),
        ("Scopra i nostri altri prodotti su Amazon.", ["marketing"], False),
        ("Non perda i nostri saldi estivi.", ["marketing"], False),
        ("Seguici per offerte esclusive.", ["marketing"], False),
        ("La prossima volta acquisti direttamente da noi.", ["off-amazon"], False),
        ("Ci contatti direttamente via email.", ["off-amazon"], False),
        ("Ci scriva su WhatsApp.", ["off-amazon"], False),
        ("Ci trova anche su eBay.", ["off-amazon"], False),
        ("Visiti il nostro negozio online.", ["off-amazon"], False),
        ("<b>Importante:</b> il pacco è in ritardo.", ["html"], False),
        ("Consegna prevista luned&igrave;.", ["html"], False),
        ("Il suo pacco è in viaggio 🚚", ["emoji"], False),
        ("Grazie mille! 😊", ["emoji"], False),
        ("Gentile {{ nome }}, il pacco è in viaggio.", ["placeholder"], False),
        ("Il numero di tracciamento è [NUMERO_TRACKING].", ["placeholder"], False),
        ("Ordine <numero ordine> spedito.", ["placeholder"], False),
    ],
    "ja": [
        (
            "詳しくは当店のホームページ www.hinata-shop.jp をご覧ください。",
            ["link", "off-amazon"],
            False,
        ),
        ("お問い合わせは support@hinata-shop.jp までお願いします。", ["email-address"], False),
        ("お電話でのお問い合わせ：03-1234-5678", ["phone-number"], False),
        ("電話：０３−１２３４−５６７８", ["phone-number"], False),
        ("よろしければレビューを投稿していただけますと幸いです。", ["review-request"], True),
        ("ご満足いただけましたら、星5のレビューをお願いいたします。", ["review-request"], False),
        ("レビューを削除していただけないでしょうか。", ["review-request"], False),
        ("次回使える10%割引クーポンをお送りします。", ["marketing"], False),
        ("次回は公式サイトから直接ご注文ください。", ["off-amazon"], False),
        ("お荷物は発送済みです😊", ["emoji"], False),
        ("{{ お客様名 }} 様、ご注文ありがとうございます。", ["placeholder"], False),
    ],
}

# Compliant texts that a careless rule would flag (words shared with violations).
# The two rules issue 12 added: asking for the buyer's contact details, and asking the buyer
# to submit a cancellation request.
_NEW_RULES: dict[str, list[V]] = {
    "en": [
        (
            "Please text us your cell number so the van driver can reach you.",
            ["personal-data"],
            False,
        ),
        ("What is the best e-mail address to send the invoice to?", ["personal-data"], False),
        (
            "To stop the shipment, you need to request a cancellation yourself.",
            ["cancellation-request"],
            False,
        ),
        (
            "Kindly cancel the order from your account and we will refund you.",
            ["cancellation-request"],
            False,
        ),
    ],
    "de": [
        ("Nennen Sie uns bitte Ihre Mobilnummer für die Zustellung.", ["personal-data"], False),
        (
            "Geben Sie uns bitte eine E-Mail-Adresse, unter der wir Sie erreichen.",
            ["personal-data"],
            False,
        ),
        (
            "Sie müssen die Stornierung selbst in Ihrem Konto beantragen.",
            ["cancellation-request"],
            False,
        ),
        (
            "Bitte stornieren Sie die Bestellung über „Meine Bestellungen“.",
            ["cancellation-request"],
            False,
        ),
    ],
    "fr": [
        ("Indiquez-nous votre numéro de téléphone pour le livreur.", ["personal-data"], False),
        ("Pourriez-vous nous transmettre votre adresse mail ?", ["personal-data"], False),
        (
            "Vous devez soumettre une demande d'annulation vous-même.",
            ["cancellation-request"],
            False,
        ),
        ("Merci d'annuler la commande depuis votre compte.", ["cancellation-request"], False),
    ],
    "es": [
        ("Facilítenos su teléfono móvil para la entrega.", ["personal-data"], False),
        ("¿Podría indicarnos su dirección de correo electrónico?", ["personal-data"], False),
        ("Debe solicitar usted mismo la cancelación del pedido.", ["cancellation-request"], False),
        ("Por favor, cancele el pedido desde su cuenta.", ["cancellation-request"], False),
    ],
    "it": [
        ("Ci fornisca il suo numero di cellulare per la consegna.", ["personal-data"], False),
        ("Potrebbe comunicarci il suo indirizzo email?", ["personal-data"], False),
        ("Deve richiedere lei stesso l'annullamento dell'ordine.", ["cancellation-request"], False),
        ("La preghiamo di annullare l'ordine dal suo account.", ["cancellation-request"], False),
    ],
    "ja": [
        ("お客様の携帯番号をお知らせください。", ["personal-data"], False),
        ("ご自身で注文のキャンセルを申請してください。", ["cancellation-request"], False),
    ],
}
for _lang, _rows in _NEW_RULES.items():
    VIOLATIONS[_lang].extend(_rows)

TRICKY: dict[str, list[str]] = {
    "en": [
        "We reviewed your order and everything is fine; it ships today.",
        "Our team reviewed the tracking: the parcel is in transit.",
        "Please review the delivery address in your Amazon account; the carrier says the house number is missing.",
        "The carrier's phone line is on their tracking page.",
        "Delivery takes 5 business days; the tracking number is 1Z999AA10123456784.",
        "Your package was left at the pickup point at 9:30. Please look at the tracking page for the opening hours.",
        "The parcel arrived at the depot at 10:30 and is out for delivery.",
        "Amazon shows the parcel as delivered on 14/06/2024; we have asked UPS for the photo.",
        "The star rating on the box refers to the energy class, not to a review.",
        "There is no discount code needed: the replacement is free of charge.",
        "You do not need to contact us directly; just reply to this message on Amazon.",
        "The carrier has a shop near you: the UPS Access Point at 10 High Street.",
        "We are not able to offer a discount, but we have sent a replacement at no cost.",
        "The label was printed at 16:02 on 2024-06-12, and the parcel was collected on 13.06.2024.",
        "The total was $59.00, and the refund of $59.00 was sent to your original payment method.",
        "Sorry: the parcel left our shop.It is now with DHL.",
        "FedEx tracking: 1234 5678 9012. Estimated delivery: 21 June.",
        "Your USPS tracking number is 9400 1000 0000 0000 0000 00.",
        "The DPD parcel number is 01505012345678.",
        "Your parcel is in locker 12, code 4821, at the station on 5th Avenue.",
        "Thank you for contacting us about order 114-3941689-8772232.",
        "Feel free to check the Amazon order page at https://www.amazon.co.uk/gp/your-account/order-history.",
        "Your order will be delivered by Evri; their page is https://www.evri.com/track/parcel/H01HYA0012345678",
        "The parcel shows 'Delivered, In/At Mailbox' at 1:15 pm in 10001 New York.",
        "Good news: the parcel is out for delivery and will arrive before 9 pm.",
        "We are sorry for the trouble; the tracking page was not updated over the weekend.",
    ],
    "de": [
        "Wir haben Ihre Bestellung überprüft; sie wird heute versandt.",
        "Die Bewertung des Schadens durch DHL dauert in der Regel 5 Werktage.",
        "Die Telefonnummer von DHL steht auf deren Sendungsverfolgungsseite.",
        "Ihr Paket liegt im DHL Paketshop in der Bahnhofstraße 3, 10115 Berlin.",
        "Sie müssen uns nicht direkt kontaktieren; antworten Sie einfach auf diese Nachricht.",
        "Die Lieferung kam am 14.06.2024 um 10:30 Uhr an.",
        "Sendungsnummer: 0034 0434 1610 9404 2557, Gewicht 2,5 kg.",
        "Der Rabatt auf der Rechnung betrifft die Versandkosten von Amazon.",
        "Wir schicken den Ersatz kostenlos; Sie müssen nichts zurücksenden.",
        "Die Packstation 112 befindet sich in der Hauptstraße 1.",
    ],
    "fr": [
        "Nous avons examiné votre commande : elle part aujourd'hui.",
        "Le point relais le plus proche se trouve au 3 rue Victor Hugo.",
        "Le numéro de téléphone du transporteur est indiqué sur sa page de suivi.",
        "La remise du colis a eu lieu le 14/06/2024 à 10h30.",
        "Votre avis de passage indique un retrait possible dès demain 14h.",
        "Vous n'avez pas besoin de nous contacter directement : répondez simplement à ce message.",
        "Un point de vigilance : le colis nécessite une signature.",
        "Le numéro de suivi Colissimo est 6A12345678901.",
    ],
    "es": [
        "Hemos revisado su pedido: sale hoy.",
        "El punto de recogida más cercano está en la calle Mayor 3.",
        "El teléfono del transportista aparece en su página de seguimiento.",
        "La entrega se realizó el 14/06/2024 a las 10:30.",
        "No necesita contactarnos directamente: responda a este mensaje en Amazon.",
        "El número de seguimiento es 1Z999AA10123456784; llegará en 3-5 días laborables.",
        "El punto de entrega cierra a las 20:00.",
    ],
    "it": [
        "Abbiamo esaminato il suo ordine: parte oggi.",
        "Il punto di ritiro più vicino è in via Roma 3.",
        "Il numero di telefono del corriere è indicato nella pagina di tracciamento.",
        "La consegna è avvenuta il 14/06/2024 alle 10:30.",
        "Non è necessario contattarci direttamente: risponda pure a questo messaggio.",
        "Il numero di tracciamento è 1Z999AA10123456784; arriverà in 3-5 giorni lavorativi.",
        "Possiamo valutare la situazione con il corriere entro domani.",
    ],
}


# Written after the rules above were tuned, as a check on unseen wording; the misses
# and false alarms they found were fixed and they stay here as regression cases.
HELD_OUT_COMPLIANT: list[tuple[str, str]] = [
    (
        "de",
        "Sehr geehrter Herr Weber, laut Sendungsverfolgung wurde Ihr Paket heute um 9:14 Uhr an der Haustür abgestellt.",
    ),
    (
        "de",
        "Bitte prüfen Sie auch bei Ihren Nachbarn; der Zusteller hat „Nachbar Nr. 14“ vermerkt.",
    ),
    ("de", "Wir haben einen Nachforschungsauftrag bei DHL gestellt. Das dauert bis zu 7 Werktage."),
    (
        "de",
        "Die Lieferung erfolgt per Spedition; der Fahrer meldet sich telefonisch einen Tag vorher.",
    ),
    ("de", "Wir bieten Ihnen gerne einen Ersatz oder eine Erstattung an."),
    ("de", "Ihre Bewertung des Zustands hilft uns, den Schaden bei DHL zu melden."),
    ("fr", "Madame, votre colis a été déposé dans votre boîte aux lettres ce matin à 10h05."),
    (
        "fr",
        "Nous avons ouvert une enquête auprès de Colissimo ; la réponse arrive sous 5 jours ouvrés.",
    ),
    ("fr", "Le livreur vous contactera par téléphone la veille de la livraison."),
    ("fr", "Nous vous proposons un renvoi gratuit ou un remboursement intégral."),
    ("fr", "Le colis est en attente au bureau de poste, 15 avenue Jean Jaurès, 69007 Lyon."),
    ("es", "Estimada Sra. López, su paquete fue entregado en conserjería a las 12:30."),
    ("es", "Hemos abierto una incidencia con SEUR; le informaremos en cuanto tengamos respuesta."),
    ("es", "El repartidor le llamará por teléfono antes de la entrega."),
    ("es", "Le ofrecemos un reenvío gratuito o el reembolso completo."),
    ("es", "Su pedido está en el almacén de Zaragoza (50197) y sale mañana."),
    ("it", "Gentile Sig.ra Bianchi, il pacco è stato consegnato al portiere alle 12:30."),
    ("it", "Abbiamo aperto una segnalazione con GLS; le faremo sapere appena possibile."),
    ("it", "Il corriere la contatterà telefonicamente prima della consegna."),
    ("it", "Le offriamo una nuova spedizione gratuita oppure il rimborso completo."),
    ("it", "Il pacco è in giacenza presso l'ufficio postale di via Verdi 10, 20121 Milano."),
    ("en", "We can send a free replacement or give you a full refund, whichever you prefer."),
    ("en", "Our warehouse team double-checked the parcel weight: 1.2 kg, as on the label."),
    ("en", "The carrier will deliver between 7 am and 9 pm; no signature is needed."),
    ("en", "You'll receive an email from Amazon when the refund is processed."),
    ("en", "The tracking page at UPS shows 'On the Way' with delivery by end of day."),
    ("en", "Unfortunately the carrier lost the parcel, so we have shipped a new one at our cost."),
    ("en", "Please check your mailbox; USPS may have left it there."),
    ("en", "If anything else comes up, just reply here and we'll help."),
    ("en", "We have changed the shipping method to express at no extra charge."),
    ("en", "The product has 4.5 stars on Amazon, so most buyers like it."),
    (
        "en",
        "Hi Mark, your order shipped on Monday with USPS Ground Advantage. The tracking number 9405 5036 9930 0012 3456 78 should update within 24 hours.",
    ),
    (
        "en",
        "We are very sorry: the courier damaged the box. A new unit left our warehouse today; no need to send the broken one back.",
    ),
    (
        "en",
        "The delivery date shown in your account (June 21-24) is the latest estimate from Amazon.",
    ),
    (
        "en",
        "Your parcel is at the FedEx Ship Center, 3875 Airways Blvd, Memphis, TN 38116, until Friday.",
    ),
    (
        "de",
        "Guten Tag Herr Schmidt, die Sendung ist heute im Zustellfahrzeug und kommt bis 18 Uhr.",
    ),
    (
        "de",
        "Wir haben bei GLS nachgefragt: Die Adresse war unvollständig. Bitte prüfen Sie die Hausnummer in Ihrem Amazon-Konto.",
    ),
    (
        "fr",
        "Bonjour, votre colis Chronopost sera livré demain avant 13h. Numéro de suivi : XY123456789FR.",
    ),
    ("es", "Hola, el paquete está retenido en aduanas; suele tardar de 2 a 4 días hábiles."),
    ("it", "Buongiorno, il corriere SDA consegnerà il pacco domani mattina tra le 8 e le 12."),
    ("en", "Your order number is 701-4455667-8899001 and it contains 4 items totalling 87,40 €."),
    ("en", "Please note that our customer service hours are 9 am to 5 pm CET, Monday to Friday."),
    (
        "en",
        "The parcel was returned to us because the address could not be found. Would you like us to resend it or issue a refund?",
    ),
    ("en", "We will keep you posted. Thanks for your patience!"),
    ("en", "The package (2 of 3) arrived at the Royal Mail Mail Centre at 04:12 on 19.06.2024."),
    (
        "it",
        "Il numero di tracciamento BRT è 084123456789012. La consegna è prevista per giovedì 20/06.",
    ),
    (
        "de",
        "Die Rücksendung ist kostenlos: Das Etikett finden Sie in Ihrem Amazon-Konto unter Meine Bestellungen.",
    ),
    ("fr", "Votre remboursement de 34,99 € apparaîtra sous 3 à 5 jours ouvrés."),
    ("es", "La entrega se ha reprogramado para el lunes 24 de junio entre las 10:00 y las 14:00."),
    ("en", "Our records show it was signed for by 'SMITH' at 2:41 pm."),
    ("en", "I checked the photo on delivery: the parcel is by the blue door at no. 27."),
    ("en", "We can offer you a replacement or a full refund, whichever you prefer."),
    ("en", "Your parcel will be delivered free of charge to the new address."),
    ("en", "The driver will call you 30 minutes before arrival."),
    (
        "en",
        "Please contact the carrier directly with your tracking number if you want to change the delivery day.",
    ),
    ("en", "The parcel is at the Amazon Hub Locker at 200 Main St (code sent by Amazon)."),
    ("en", "Delivery was attempted at 11:42; a second attempt is planned for tomorrow."),
    ("en", "We shipped it from our store in Leeds on 18 June."),
    ("en", "We have checked our stock: the item is available and ships today."),
    ("en", "The courier's website shows the parcel as 'in transit' since 10.06."),
    ("en", "Sorry for the inconvenience. We value your business and will resolve this quickly."),
    ("en", "Your feedback about the packaging has been passed to our warehouse team."),
    ("en", "We reviewed the photos you sent and will send a replacement."),
    ("en", "Thank you for letting us know the item arrived; we are glad it is sorted."),
    ("de", "Wir haben Ihr Feedback zur Verpackung an das Lager weitergegeben."),
    ("de", "Falls Sie Fragen haben, antworten Sie einfach auf diese Nachricht."),
    ("fr", "Le colis est parti de notre entrepôt de Lille le 18 juin."),
    ("fr", "Nous avons bien pris note de votre retour concernant l'emballage."),
    ("fr", "Le transporteur vous appellera 30 minutes avant la livraison."),
    ("es", "El transportista le llamará 30 minutos antes de la entrega."),
    ("es", "Hemos tomado nota de sus comentarios sobre el embalaje."),
    ("it", "Il corriere la chiamerà 30 minuti prima della consegna."),
    ("it", "Abbiamo preso nota del suo feedback sull'imballaggio."),
    ("en", "The parcel reached the sorting centre at 5:02 am, 2 days ahead of schedule."),
    (
        "en",
        "Order 114-3941689-8772232: 2 items at $14.99 each, shipped in 1 box (38 x 25 x 10 cm).",
    ),
    ("en", "Your parcel was handed over at the Post Office counter, receipt no. 4471 2209 8812."),
    ("en", "The estimated delivery window is 8:00-12:00 on 21.06.2024."),
    ("en", "Amazon will send you the return label; no need to contact us directly."),
    ("en", "Delivery attempts: 1 of 3. Next attempt: Tue 25/06."),
    ("en", "If you were not at home, the parcel will be held at the depot for 7 days."),
    ("en", "To track it, open Your Orders on Amazon and choose 'Track package'."),
    ("ja", "お荷物は6月20日の午前中にお届け予定です。追跡番号は1234 5678 9012です。"),
    ("en", "The UPS tracking number is 1Z 12E 34F 56 7890 1234."),
    ("en", "We're sorry it arrived late; the carrier had a backlog after the holiday."),
    ("en", "Your order was sent by DHL Express; waybill number 12 3456 7890."),
    ("en", "The shipping label was created at 08:15 and the parcel was collected at 16:40."),
]
HELD_OUT_VIOLATIONS: list[tuple[str, str, list[str]]] = [
    ("de", "Über 5 Sterne würden wir uns riesig freuen!", ["review-request"]),
    ("de", "Bitte geben Sie uns eine positive Bewertung.", ["review-request"]),
    ("de", "Löschen Sie bitte Ihre 1-Sterne-Bewertung.", ["review-request"]),
    ("de", "Rufen Sie mich unter 0171 9876543 an.", ["phone-number"]),
    ("de", "Unser Shop: www.sonnenhaus.de – dort ist alles günstiger.", ["link"]),
    ("de", "Folgen Sie uns auf Instagram!", ["off-amazon"]),
    ("de", "Sichern Sie sich 15 % Rabatt auf Ihre nächste Bestellung.", ["marketing"]),
    ("fr", "Merci de nous mettre 5 étoiles !", ["review-request"]),
    ("fr", "Pourriez-vous retirer votre commentaire négatif ?", ["review-request"]),
    ("fr", "Contactez-nous au 06 98 76 54 32.", ["phone-number"]),
    ("fr", "Retrouvez toute notre gamme sur notre site maisonsoleil.fr", ["link"]),
    ("fr", "Profitez de -20 % avec le code BIENVENUE20.", ["marketing"]),
    ("fr", "Écrivez-nous plutôt à sav@maisonsoleil.fr", ["email-address"]),
    ("es", "¿Nos dejaría una valoración de cinco estrellas?", ["review-request"]),
    ("es", "Si todo ha ido bien, déjenos una reseña positiva.", ["review-request"]),
    ("es", "Llámenos al 600 123 456.", ["phone-number"]),
    ("es", "Síganos en Instagram para más ofertas.", ["off-amazon"]),
    ("es", "Compre en nuestra web casasol.es y ahorre.", ["link"]),
    ("it", "Ci lasci cinque stelle, per favore!", ["review-request"]),
    ("it", "Potrebbe cancellare la recensione negativa?", ["review-request"]),
    ("it", "Ci chiami al 347 123 4567.", ["phone-number"]),
    ("it", "Visiti il nostro sito casasole.it per gli sconti.", ["link"]),
    ("it", "Iscriviti alla newsletter per il 10 % di sconto!", ["marketing"]),
    ("en", "Would you mind rating your purchase 5 stars?", ["review-request"]),
    ("en", "Feel free to reach me on WhatsApp: +44 7700 900123", ["phone-number"]),
    ("en", "Use promo code THANKYOU10 at checkout.", ["marketing"]),
    ("en", "Leave us a 5★ review please", ["review-request"]),
    ("en", "Rate us ⭐⭐⭐⭐⭐ on Amazon!", ["emoji"]),
    ("en", "Join our VIP club for early access to new collections.", ["marketing"]),
    ("en", "Add us on Facebook: facebook.com/sunnyhome", ["link", "off-amazon"]),
    ("en", "Contact me on my personal number 0151 2345 6789.", ["phone-number"]),
    ("de", "Schreiben Sie mir an: kontakt ät sonnenhaus punkt de", ["email-address"]),
    ("en", "For faster service, text +1 415 555 0142.", ["phone-number"]),
    ("es", "Nuestro correo: ventas@casasol.com", ["email-address"]),
    ("de", "Wenn Sie zufrieden waren, freuen wir uns über 5 Sterne!", ["review-request"]),
    ("es", "Si le ha gustado el producto, déjenos una valoración positiva.", ["review-request"]),
    ("it", "Se è rimasto soddisfatto, ci lasci una recensione!", ["review-request"]),
    ("fr", "Nous vous offrons 10 € si vous laissez un commentaire.", ["review-request"]),
    ("en", "Please update your 1-star rating now that the parcel is here.", ["review-request"]),
    ("en", "Check our shop sunnyhome.store for more.", ["link"]),
    ("en", "Visit https://sunny-home.co/track?id=1", ["link"]),
    ("en", "Grab 20% off with WELCOME20.", ["marketing"]),
    ("de", "Kaufen Sie beim nächsten Mal direkt über unsere Website.", ["off-amazon"]),
    ("fr", "Pour toute question, appelez-nous au 04 72 00 00 00.", ["phone-number"]),
    ("en", "Dear [Customer Name], thanks for your order.", ["placeholder"]),
    ("en", "Hello %(buyer)s, your parcel has shipped.", ["placeholder"]),
    ("en", "Tracking: <a href='https://www.ups.com'>UPS</a>", ["html"]),
    ("en", "We hope you give us a great review!", ["review-request"]),
    ("en", "Please don't leave negative feedback, we will fix it.", ["review-request"]),
    ("en", "Find us on Insta @sunnyhome", ["off-amazon"]),
    ("en", "mail: s.u.p.p.o.r.t@sunnyhome.com", ["email-address"]),
    ("en", "Call us: (0) 30 - 12 34 56 7", ["phone-number"]),
    ("de", "Besuchen Sie w w w . s o n n e n h a u s . d e", ["link"]),
    ("en", "Our email is support at sunnyhome.com", ["email-address"]),
]

HELD_OUT_NEUTRAL_ASKS: list[tuple[str, str]] = [
    ("en", "Please share your experience in a review."),
    ("en", "We'd love to hear your feedback in a review on Amazon."),
]


def build() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for lang, texts in COMPLIANT.items():
        for text in texts:
            rows.append(
                {"text": text, "lang": lang, "rules": [], "compliant": True, "note": "reply"}
            )
    for lang, texts in TRICKY.items():
        for text in texts:
            rows.append(
                {"text": text, "lang": lang, "rules": [], "compliant": True, "note": "tricky"}
            )
    for lang, items in VIOLATIONS.items():
        bases = COMPLIANT[lang]
        for k, (snippet, rules, compliant) in enumerate(items):
            rows.append(
                {
                    "text": snippet,
                    "lang": lang,
                    "rules": rules,
                    "compliant": compliant and "review-request" not in rules,
                    "note": "snippet",
                }
            )
            base = bases[k % len(bases)]
            # Alternate: appended as a new paragraph, or inserted after the first sentence.
            if k % 2 == 0:
                text = f"{base}\n\n{snippet}"
            else:
                cut = base.find(". ")
                text = (
                    f"{base[: cut + 2]}{snippet} {base[cut + 2 :]}"
                    if cut > 0
                    else f"{snippet} {base}"
                )
            rows.append(
                {
                    "text": text,
                    "lang": lang,
                    "rules": rules,
                    "compliant": compliant and "review-request" not in rules,
                    "note": "in reply",
                }
            )
    for lang, text in HELD_OUT_COMPLIANT:
        rows.append(
            {"text": text, "lang": lang, "rules": [], "compliant": True, "note": "held out"}
        )
    for lang, text, rules in HELD_OUT_VIOLATIONS:
        rows.append(
            {"text": text, "lang": lang, "rules": rules, "compliant": False, "note": "held out"}
        )
    for lang, text in HELD_OUT_NEUTRAL_ASKS:
        rows.append(
            {
                "text": text,
                "lang": lang,
                "rules": ["review-request"],
                "compliant": False,  # a reply never asks for a review, however neutral
                "note": "held out",
            }
        )
    # Over-long replies: compliant text repeated past the 2,000-character default.
    for lang in ("en", "de", "fr", "es", "it"):
        long_text = " ".join(COMPLIANT[lang][1:12])
        while len(long_text) <= 2000:
            long_text += " " + COMPLIANT[lang][2]
        rows.append(
            {
                "text": long_text,
                "lang": lang,
                "rules": ["too-long"],
                "compliant": True,
                "note": "long",
            }
        )
    return rows


def main() -> None:
    path = Path(__file__).with_name("corpus.jsonl")
    rows = build()
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} texts written to {path.name}")


if __name__ == "__main__":
    main()
