"""Top-level domains a bare ``name.tld`` must end in to count as a link.

Country codes (ISO 3166, as delegated) and the generic domains sellers actually use.
``zip`` and ``mov`` are left out: "label.zip" in a reply is a file name far more often.
"""

from __future__ import annotations

from typing import Final

__all__ = ["TLDS", "WORD_TLDS"]

_COUNTRY = """
ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs
bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee
eg er es et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm
hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb
lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz
na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs
ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl
tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw
"""

_GENERIC = """
com net org info biz name pro mobi asia tel travel jobs cat aero coop edu gov mil int
shop store online site website web app dev io ai xyz top club vip live life world today
space tech store blog page link click one fun icu buzz best cool cafe bar art design
global group company business services agency media news email digital network center
center market markets deals sale discount coupons gift gifts bio eco green earth city
london berlin paris wien amsterdam nyc tokyo barcelona madrid roma moda fashion clothing
shoes jewelry watch watches toys baby kids pet pets home house garden tools supply supplies
photo photos video games game audio cloud host hosting software systems solutions support
help care health fit fitness beauty style love plus fyi ltd llc gmbh inc men team zone
amazon google apple microsoft
"""

TLDS: Final[frozenset[str]] = frozenset((_COUNTRY + _GENERIC).split())

# Top-level domains that are also everyday words, so "delivered.It" after a missing space
# is read as a sentence, not as a link (only when written Capitalised and with no scheme).
_WORDS: Final = "it at is in to me no be us so do am my es de la se si il tu ma al an on"
WORD_TLDS: Final[frozenset[str]] = TLDS & frozenset(_WORDS.split())
