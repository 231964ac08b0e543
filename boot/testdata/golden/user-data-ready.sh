#!/bin/sh
# parbake boot runner: generated, do not edit. Recipe 'web', role '', parbake 0.1.0.
set -eu
umask 022
PB_NL='
'
PB_LOG='/var/log/parbake-boot.log'
PB_SENSITIVE=''
PB_REPORT='/var/lib/parbake/boot-report.json'
PB_HOOK='/var/lib/cloud/scripts/per-boot/parbake-boot.sh'
PB_RECIPE='web'
PB_ROLE=''
PB_DIGEST='sha256:02527272471c6c910cfdadabb3bae581cad8cdf04a2925eef52c1eebf1c368c3'
PB_PRECISE_CLOCK=1
export PB_NL PB_LOG PB_SENSITIVE PB_REPORT PB_HOOK PB_RECIPE PB_ROLE PB_DIGEST PB_PRECISE_CLOCK
PB_IMDS='http://169.254.169.254'
PB_SSM_ENDPOINT=''
PB_S3_ENDPOINT=''
PB_AUTOSCALING_ENDPOINT='https://autoscaling.eu-west-1.amazonaws.com'
export PB_AUTOSCALING_ENDPOINT
PB_SSM_DEADLINE=180
PB_SSM_ATTEMPTS=5
PB_FETCH_JITTER_MS=0
PB_TOKEN=boot
export PB_IMDS PB_SSM_ENDPOINT PB_S3_ENDPOINT PB_SSM_DEADLINE PB_SSM_ATTEMPTS PB_FETCH_JITTER_MS
if [ -z "${PB_PHASE:-}" ]; then
  # The parent unpacks the bundle, keeps the variables' values in a directory only root can read
  # (on /run, a tmpfs, where there is one), and runs the two phases through the mask and tee, so
  # that every line reaches the console, cloud-init's output and the log, with no sensitive value.
  mkdir -p "$(dirname "$PB_LOG")"
  PB_DIR=$(mktemp -d "${TMPDIR:-/tmp}/parbake-boot.XXXXXX")
  PB_VARS=$(mktemp -d /run/parbake-vars.XXXXXX 2>/dev/null || mktemp -d "${TMPDIR:-/tmp}/parbake-vars.XXXXXX")
  trap 'rm -rf -- "$PB_DIR" "$PB_VARS"' EXIT
  base64 -d >"$PB_DIR/bundle.tar.gz" <<'PARBAKE_BUNDLE_END'
H4sIAAAAAAAC/+w8/XPbNrL9WX/FhpEjyRatD9vJVarScxK19TSxPbbTuze2q6FJSGJEgSwB+eMc
/e9vdgGQICU76Ztr3ntz1mRiEh+LxWJ3sYtd0LsR22L63V/6a7fb7Ze7u/S33W6X/7ZfvXqVPVN5
p72z+/I7aH/3DX4LIb30u3b73zFJe3L/T37J1ci7EaOUecFdvQH3FQA/ns89HoB7Dd6NgNetgF23
+CKKoPv6RQc+f6ZWAMyfxuAkXnrlzVgP5JTB/j9O4e37AwgFcMYCFoCModrpU2USeRxCLqQXRQJC
CSEHIVmCo/hR6MDrF10CnDK5SDl0uq8qAMsKwDm4/wKner//j9PRyfDng6PDnrtUr++GP+1/fH+W
FztwiShqGO0KQHI1StkkjPmgWk+uRuE8EIiLz+aMy5aqauR9KgCrgAfVDEoFgN0mcSrXNKssK4qg
mpS/HH0YDqr3+KfnttI4lkvqNXzbHX0Ynu2/2z/bH50OT347eDscDQ/fHR8dHJ4NnOrxm9HBh3en
LYdaH+//PDwZ1GpwQeRRVDg7+a/Rh6N3w4EXeIkMr4n4ow/7/xztn50NPxyfnQ6c6v3xm9Hp6Yes
qOfuLR1aVaf6d6eyrHx3Fcfyr1YAj8t/Z6fzcqcs/3ud9pP8fyP5nyy8NNAMm1yNxvGCB0ZUvAkb
BeGECdmoAIRjOAenaho5MACn2nHgkgScP6QVCAxM4ygQ9M5uE+ZLFgA2gXq103BsuUeZHYf5cF0c
B/nU9aLoz4xF4DNsm8BjScooXXAe8gmwa5beaRUkaQSFx/Gb0cnHw9H++/eDzlrESuOmbLwQCFDG
4Md8HE4WKQM5DYVSd9zXyC0ESyHwpKdJIAA1ImGMkAK4CeUUqp0mXC1kPp2aANQIH/YPD34anp6B
8O4EWKug9KZGckfpoJThfEI+0QtbQpkmXe2QlhbggWoO9Wq3oZQ1vSZeKmESMwExB28sWQoh0Yjd
hhI63++qsaZxPBtpxa6HO1eM8QwZ5PjN6Jejo19RMb94gbo8AKWZTo6OznrusnXtpa0ovGr5UbwI
VvX3fBaEKbiJ7oWwNlqbS8TDT9Q42SDbcp44OIw/nccBtF+122sq59fgjsvlOaLWrMYhD8XUbIye
YEi0UHFfuwHpvADIgX6fqjrf7zbogfaucZEInz+XV4PHQHN3Qx5KmDLknhhSJhZzVlyNHjKvYi3h
p2EiwZt4oVkcbKpW0tGjkwitEDxd8Ja4E5LNA/03k2FQ776MNKQ+sEiw7IX4n2QPWaCtX/S0N/NJ
P/uKaRf5LBSw4IreLFBMyNmtksuMCUlAwmx6NC4Tnm94ErnBCADu0Rk7GmzeHZy0UubHqWG0Hrwu
V6zy3Mnw+OjkzHBdcjXywwEqgzgljYmWTIHCTmshFE8nd3Ia851WEArpJp4/8yZMKE7HxW5ds1SE
Md9O7r4AYbMlQskeB9GHIK5opku1otZip3Cu1gULwOVQE63fR6PfhienB0eHoxEq8ov69uZFw6m2
LjqtpGZ6N7DzVcq8WQUgiDlT8xe4Q+Ss4roaCeha5uJn8G5mUDs8gcEAOnAPSRpyCdUuLGvIKVjr
XoOQnlyIAQmyew0p88OEKSPoZPj24HioiuPIFB69V0VqYxro5ft5eHpGxZ9EzE13XDYl3u41+OGA
ZuWH9CoC9SoCB2pEtvGC+xJn8UddNOAeJmJxVW9dXLSa4FxcXFw4TRCNvi52dKmjS7XGci4cB4T6
sySo95pZ+daWefLm7JxfwgCq3T5MPTHVbzt9SKaeMJW7fRBSP+/1wY8DU/OyD8Ei1S+vcmGvV/dI
6YpZmCQscBogY+lFsJU1UzgND99leCH9GQygrhYCF6vdgB/BiWcO9OxiVGtYkW0uWO+MvTBigRFJ
WuMxOPcXHODCUat54fRgQzR1URwVC1AbaCujUE4sPkIeLxRrzVUsIxwLRagPRkgyKg10KZFjJJgf
80C1394ZZ0BYQmXnThP+qCvUG/QYR+pB20L46If0RwTqDxKx0dTM3NRkf03MqCkThRzJbPSfizTs
gVOge072AtUfInrdMe2chtMAJxMJ/QBCLUfdUQgNcLbC0egZbY1qrB7CADp9COGHAfA+hFtbjYxD
8lXdEEgqgPsLB5lYExwuHGTi/I2YOH8trM6apYELJ1ikHopeeWmWThNxew0dpEGT5u4QxUmIwkt6
JhHSz0qA9IuQ6olEJ7xsktSEl8WFAZjCADSMPpB0/y6mXnfvZQ+F3GnCtJG1RSkjsLg2uFgNs7L0
J6f4huhtiIziGt0mghcyrU+b0GlCp9swOOUj0IabD1OU50fH+sJAihp6nGWlvLSXRu6mzJ9lglDn
8FoxJtbqBSgS0IdBZgrcTMOIQb0+YZJwjOAHUACxU9tmKpFEoaxHTbhtggNOToAZDOD2vHMJpx/f
nA6P4fZ857JA/2f1GZ0eMMYbqKjx4XyGynBry+9DnAYsPffxfZbNE0CiOTGAKCsgxv+kGP8TMv7L
PnxCxlcscP47XG6C5gDsnGPo49zUiNki3CsNkrM5TfvfJgV/1G/Pu4qrCRdVsoslt+d7l/j/y5XF
XZmhr2dYFmhinfqnVUFTM1UU/XRZkpxV3hkz6U9Zzjz+F5ln/gjzjOEH0BAf4J7xKves0VUiXqS+
pZCuvWihkFR0970osl49Kdk8kVbJOq0039oq6yRkWlqPLq3HDv2/e6lWqDjtNeJ3wZcXnCB/kWjK
kkIaqU29Zsg0yIxZXeBo6RuUrNxtVeysmsVFB8m2oawCbWXTIAX3qGvcIyHmDTIVxVw1M67aDv63
62QWk3YexI5qvlNqh3bxHlrEVgd4Dh6Mw4gppz6KvYAFEHIZqwMGfh2mMZ8zLnP/oE6jLOaemEH7
lTKGSigDhPNAEBp0Skg4aPSAxmuA70lw3UIVDqC9iN/2T05b6IMANB48KfXjRRQQ4oou114aelcR
+ZbjNJ4Dzrp8GKqPQpOrEc7WcnQEM15OPZscWfyKsWoboqYOUYoYNtYCw9f8KOh6UK1n87X6WuBv
iyen7NqLwDneP3mz/+sQ24+qncFF9R6BbdwunfzwtNRIj48TyMf3bmaDmnczq6nDIPIX/gG5q/Gi
A59hkrIE3D9g7t3MtA+ruzq6Q8glSz1fhtfM0R5sVTVRXkQ6yGZHjgHuoFpeToeHpwdnB79pH4Qh
fQZO9b7Tc9vLFbeBqIdc1ATeBD5vwrgJURM+NUHmqmtmKTxOGwgqMhpUdbK02VeYZmMY4BzAaTnA
5+dhvlOu24rHWo/iLhqRaeE0QJxvbdFeFlkbXCxYfbx2P0F8uhqfmcEHnkMUczI6x2EqZBNEDB6Q
pgU/5tIL6dDN47GcshTdfVxsFsDNNI5YvkkjRexZZFtYCK7axl6jN/niBUSMT+S0Ls4/XTbgB/Mq
G3345Lo4q0+wBR3ao88/5QCtclmYnvr/zfDng0O4By0KRR8Oyaa4gCzzhm5VtPCr7Yd235neffPV
ixc4YcdZWbQEZ8wDdltHqE2aQmNlEzQA8H9t76nmnSYkSK8GOD8IxkWI3P/asTpqZAu9EtgqUDXf
VHMrSvfDEbP9p7Sd2RXjcbQQU02iZa2yrHz39Pu/81N+4l8bAfpS/HdnZ7cU/+m0u0/xn28V/7Gj
POUwkInCGGvQxCCKMR8ramSdL56f90Ti+ax3eblpn/E4vULNRf38d+dy86LhbG9mZ4+FoT7DlHkE
ttMwIZjcurng2OHe4NBzeczZ0nlSNF/1i8Kr/+X8j+7Obmd3Jf+js/Mk/99I/udeOmMpSn4mVb2e
cVY2RK+Xydjxm9HZ0a9DlWbhVDedPpDV7kexb8x2HbTFtscnw7cHp8PR2/dHb39VBjNabibS9DwP
AKULzlnagzG7odCkaMJNnMopeJCksc+EAOb5U6NsuBhU64EnGWxtiI1DO+hA7ohqYnl4VJB7ebUa
fIbNw81G7txtktc3R8B11boFHbWUjfxwv227fFaYOiX9RMGgRQIj+KEYb8M5tBaJDOfMsZEtqlBf
DEiNLZLnm9vLcqkvnrezQoWnbr2xvbmETcIWtkA3RnJTIdlwLBKs1DejX0P3bWjdqpzKkPss3wxo
gdVjoCk0F+BCtUO9dFJA4IA7YdBWgTVqa/JvdKcANvKx1NLcP8f6JYSo3VXbdpuybdDP75qirERT
HoEtcrAtDXab2qk5JLPJaO5xb6KYO4/XzXEwL5HuhEkI+BjuFnPwkhn86y5JWJpF0cKxnQtFU5w7
5Xwoaw1XdyXqoeusiLZmHB1Oyzx8lTyUWJuwTO8MCeOFHFTr85lk8wSpp/yEXoasbq0IItM7dHG0
/X6fTdaN4d3xbNLrvY/9Wa93Fs4Zwu102+hBO9W/O8qrfvFCnVm04TVNIl7I7dR3shhu9cdiRR+W
8BkkY2BKHYNU6utDBLt9o5IFp6kYYbtcsQ7lCFCpTO8ccCMJHVWuCWkcfpdB7W12lILTQy6tUflH
TgcqMgbP/2MRpiqMHiSziaoPBTVmAVzdZS6pVjW1fBKFxV0TvdbRWMrpuEJ2zuCSykjv0OMNOewJ
wwUiYiyBPXNwHnMZ8gXLeQKynAKNQoFu9omQIZxhJMXzOjycs1AyV7k8ljQ8fDLFYxCLJIlTyYJs
croXkHkFdc1LTZScJopOE2WnqYWn8UgaX6aLk7nRxRqY8TPfDd8c7B+Ofjo5OjwbHr4b8JhbhzdZ
5gEdIJXa5g76M4hEOZhuUky8RLaiUEjR2hwda1qtl2hQsgiLBBWllfigy3W+C7h34Lo8dvW7mzLU
GYwHKscOPn/OPOf7Ikwdlv8TwPqZm623IVRen3ENGoodkrljwyIEdFMvmTVIyXlBoAbxPX/KCm30
Euq/1Iq71gJksPNOpI6J9cJ5IFYzSP1FGq1NIV05FMWGhbxR2lTpPPTgw7tT4qu+xVR9cx5qKcmr
OLj7n2pJ3ObigA3a7bbRTtgmnjGOGgzRc8Upyqb7Tzj+eAauO/duXdzUoQvuL1D7p+vdCJf5XXfO
pIc6waXurpSRqyMIPdhpt7WHQymekSeZkC0vCVvUuGAgNIq7i8bQxqaAQ6y4AKnggHsDtY37qZQJ
9VrWEEfnIRx7JJgagxXssK2Ljen0d425VaCcFpVM3LEyN7667bY6Rc9x7dtKz5SULC6A3fZuY6Vh
HjQtshNiD1NPKJXmTyHx5BTqaAGYnDyQ3kQ0gemtwpughZjXGvpYGs3WaiVL0N7N1L41Qdm67/bc
HTR8Lwsr+cAsHowTFEUBPAlmhaAeeULCL2dnxyYVwJC8gLgVRsgWSO1FncIGEt/wzFxC63JQve9s
bPQ2l4X8N9jsKYN5gvXPN3tLNM1MkWWmZTywwF7K7j5/1na/v9xsQBiAu1DBBWzhfHWqOeVRKqhB
zASRiN2GQkKsk+Pmnj8NOVsfRlmH32QVP5NJ9S+F30QnjE2YZFzCJI0XSVazBnNjpji/U5ueAy0m
/Zbql81sZW6qXqH0tZMrLe+yrJot94w4LpajMDDxH39GJYOqrlqjNQWajm8NlxvVXa0SmhkEE2FC
b48swvWejgK39fZBs7jQQGlhGgO3HlZWiAsU1wkbeVFUkC0TsiJkHrG21slAPlpOtGkcBSwd1Gr2
qyIclVkeoKortUKX0KBTTJL7DDJdsPLSnIOrTTwFpJgW24HncMXQuLxJQykZh08LIYHHN7k3Zg2u
ErU1/NUE22cwC9FgaBcHtLBUdFlww0jriKzPAvQUiuw2KFLIEGTFRxZ3ojVjKWdRK/V4EM9bGtx6
mqkQdBhl9q5i3IOfTgf2cInt0el0WCwua+Wy+vU4yh5SmFHwV9muPbq6QqnbJJa4CkGYMl/GqPcf
U7nIYjjvrpMLX8V4SbgS0kvBvU3mYxUDd99CS2+w6Eb9WFnxmdgf6DMVzxHobosKUBf72kn1Raer
CEDLFIF4PH6thkJPSEiW1ASRSUCdcnFp21cDZVuROrs1rFRZdWaUF4Ngcw4KwlQMqp3i4dLPhx9H
Px0cvqOzKOtYKVdYbiWPp5VZIkCW0M2UNauOkION1rJFgd+z/Z+HTj9bMo2GozcFp/oct3hpDjtK
WowHCqg7D3nAEjmFDqCllj2zW+YHYaoTLVwJ29uIyf0StgrxdFRnlImssLS2MkPMR+ZHreu+ZvfA
mhe6HoTl9uMogpiC60ONnjWuml7b2zWsRYwbD6NcGteSgYygWrUQyz0qxmrNUPOkGo18xe7NEL0f
l9aqdYrgR/kFBX0UhL6gyt5WSTBOi44fW5vbiJydT63NNeyQp1TnkmKqVo512rmWsk9I3eCLV2fW
6J/OVyofS/UYiQvCdFCtB2HKvTlT5FNJIFmqe7ZgYar1k5wnA1PU2taIbVerlA1U0c72fSnvBE17
dTiErRrqMkZ8w7Osmawuv6dBVd1SlcVvphRx7sPSopm1EelGj2ssRU2k/HpaqdNPulphnFl9k2Rv
T+XJgH3JYMFHyDC5rpp76Uynjpztnw1b1R23er/7XGeTLp1CQE23XwmmqRN5oHRCV8xCuqpT3YF2
fqpGuVqrmVLfO6BTRaGttVH58lK+2+BMJcuu0HSLoPbwv5f43yv872/l3SQznVPfuhHzOG7xDLSR
ESxStcj5RQtDMyrvaR5S9LGu1XxhBH2RqfP9rjVOdj3lC51VUnW+O2YQ+uV9qnDzJLfV9OWbx64w
ZbNcxwnbCoBw8nPQ+o0PbqQ1ZqFNQzmZe49yD05Jcw/SpL1WPNRtsB1Q+TioGrMbYXsgwzkTfZiE
16hsFsnDWka7BRYdXr9eRXuNE2Iw1mMqdHM4kJmu5javzoS39Im59qTv/uASFyJaGwJW/qkz+r8r
NNVtk6OTd8aQLcq1gj+orFL4ik1CTjh3QRlMxYCJbJNrNRc6p03llpIAanNmLzclXryAZ/bxmVQn
9I8EHUpLeeOlPOSTXsFTNAchBpoeoJ8tfLrggu5WYW0oBVTv95YConCu7lpZlkbhLM1MRp2n6bfS
mdpMDNqV8qUwReosB9UEjLCxxfErDQtxgyLZ/hTRIGvjzqDTVsDQ1mFK3ZkgiNaVJc1nTEDLCO90
dxUaD0gWDhdQzpS6qVc1EYEsMgd/ZnztvH6JojrDketrT1heOzyB18Dzy1i7TbpwWu02obrThOpe
E6ovYVlbC/VzIU/bss38mZDqLxlploxQV7dq2qgHbaJV1lBSL6e5crbO40FFdlk+CKCIpbYC2k5e
rgUXPRK38/3uelfvEQWofBl9tIYbUB9NMBIY++plfifRaEU9ll6qfBZaShTz0g771XN5SLPrXdjs
Vo/PUW9ydJOy7KetcV+tMFM2mTIqFOqycDGKwO6qDlq6xVuE5XmWAcczC6qeWramo5R5Iqabl3/r
uZxds3Tp2LefdYN1Srx0ldeLbrw70bDaqBJjOYTjUcoojhg0Cjdr2ZqrzOmCtxQU13Qqr7GNTamp
WbyoGH2mi9puyoT0Utr6yieOtHOstHLTR7WgjUe5b5b1vnLXVuV8oFyvzRDwZ/aOp/ffLXUNATZE
L9t5te1leimjFP3VFmlSSiWv7jlZjGGm9V+Rc/xZOwMh5CCe5Udg/sx3YGAlJFALJQCFHLKHbIOS
XawhOBb03Mh0qvViyv2uA59BplC74BeyBjWAWqNkaxjFWjiXIbjPBqVzmbJHQ9Ss7kA81pLdfUSy
/ZnfW3erIBvPdn6m8U3BdNqyyGFsI3UFk5p9/f1y6qrCLbkrbPF4fp/4YZ7N2+i4jfZk7SSXsuLL
utCVi3iBlo92rjWQL/mDKBI5yjkB1iJGrVWI9Qql4qtRDCj+qdOhUHqnLGV9VFM3YWTg0uoWLsfb
i6fFN8f12Xps/+T4SejPBCwSsg3NJy7optoD+Ky6naWrNiqJvlH43ACWuHFqdJChm+W+2a3XtDFf
AihOrnrfXbJAkZG+HiBU0llhHv+p+aL04ae/OAP0C/nfO+3uSv4nNn/K//w2+Z/2t7/y77aQkb3m
S1povQ1KH8VoEYjygQY1ffSEk7r1wIvoAUQ44V6EW1jM6YTTS6OQpaA/TZNnkSnIjQc+G4QNyBCg
p5SJwdujw7ODw4/DfIK2UZBmNkHWYf/N/uG7o8Ny9ru6JakEZjtd8K+ZnNGl6tssOE294ymHG8w1
uDdHR2d0MvTxVH1sTBRy6NrZYT4ZR4/0yvzIdQg3VlxJy7fKiPLAMhXx/ypHghZEx9C7uZ9PgOgL
O9a5L1KeDhl7xbMkoSLL2bqbnc6AKG12kzSxPvQmvYlomZyOlncjet5CxsL3opBPehRsP/TmDHZW
slqsyH+afM1K8xgehi89yjAofBSqJrIkE7otx2OIwjHz7/yIgaeuFNInpeZJxCR7kNuzD/iBY9oS
u5WBOYU4DVIoDCxSGbTcMGiUW6bCuxs41W4Ok0g/qHZUwsJA0ykDQgVhSJ8F0WE2izDZnNwMnqsn
7FpFOIRL8QoVDnURhKthuDSwqTbLpD6R57rWZFQt4lIArsZDY2MRSdBBWfOlweM3o/2PZ0enb/ff
Hxz+nH2aL/++oB06dF3GgyQOuXQXaaQkb11vJzMfzRf4HuIpV7NUVZP+MdtRN81DHI/ygAXzQYv3
6VbMf579h7vDX2n/vVq1+/L7f7t75ft/u7tP93++ye85nJFh4ocJ7kdFC6UHE8ZZ6kkWNCGIVSpa
EMpt7HRHn6ILufraijIDSCuypkpVbDUrzx+0caipjCGeQZxqU6IJMfdLH7yj0AXjAQu2K0rxqYjQ
OpDjOM0rfts/GQXx3Au586TQHv6pdIe//v7fY/K/8txp7+x0voO9J/n/Ruvf7rgilOwvOgf40v3v
3RX/v9t+2XnS/99G/9PpcacHyACV7dxvVDeDnYraITKntaD08YEz+obElEVRcRPwBHigypM0vg5F
GHOW1tDRoG9IBDETuEVkwYqQQ6uJ/6sP847jdO7J7UrduBCsYmX2oSesj/0HNe0t3q8q/6UDrynv
Wr3q9F0xjW/04beTfbVGvzaetoun39Pv6fcf8fvvAAAA//9pYI/OAGQAAA==
PARBAKE_BUNDLE_END
  tar -xzf "$PB_DIR/bundle.tar.gz" -C "$PB_DIR"
  export PB_DIR PB_VARS
  . "$PB_DIR/boot.sh"
  pb_hook_install "$0"
  for PB_PHASE in fetch run; do
    export PB_PHASE
    { sh "$0" "$@" 2>&1 && echo 0 >"$PB_DIR/rc" || echo $? >"$PB_DIR/rc"; } | pb_mask "$([ "$PB_PHASE" = fetch ] && echo 1 || echo 0)" | tee -a "$PB_LOG"
    read -r PB_STATUS <"$PB_DIR/rc"
    [ "$PB_STATUS" = 0 ] || break
  done
  pb_report "$PB_STATUS" | tee -a "$PB_LOG"
  # The boot part has ended, unless it reboots: tell whoever waits for this instance (ready).
  (
    . "$PB_DIR/lib.sh"
    [ ! -f "$PB_DIR/aws.sh" ] || . "$PB_DIR/aws.sh"
    . "$PB_DIR/ready.sh"
    [ ! -f "$PB_VARS"/'domain' ] || pb_load 'domain'
    pb_ready "$PB_STATUS" 'web-launching'
  ) 2>&1 | pb_mask 0 | tee -a "$PB_LOG"
  pb_hook_finish "$PB_STATUS"
fi
PB_STATE='/var/lib/parbake/boot'
PB_RECORD=$PB_DIR/record
PB_MANIFEST='/etc/parbake/manifest.json'
PB_STAGE='.parbake-stage'
PB_LOCK='/var/tmp/.parbake-files.lock'
# GNU find places each directory's files with one mv; detected once per run.
PB_GNU_FIND=0
if find / -maxdepth 0 -execdir true {} + >/dev/null 2>&1; then PB_GNU_FIND=1; fi
export PB_DIR PB_STATE PB_RECORD PB_MANIFEST PB_STAGE PB_LOCK PB_GNU_FIND
. "$PB_DIR/lib.sh"
. "$PB_DIR/digest.sh"
. "$PB_DIR/boot.sh"
. "$PB_DIR/aws.sh"
. "$PB_DIR/ready.sh"
cd "$PB_DIR"
if [ "$PB_PHASE" = fetch ]; then
  umask 077
  pb_marker "boot-begin 1"
  pb_guard 'sha256:02527272471c6c910cfdadabb3bae581cad8cdf04a2925eef52c1eebf1c368c3' 'error'
  [ "${PB_RUN_ALL:-0}" != 1 ] || : >"$PB_DIR/run-all"
  pb_fetch 'domain' imds 'tags/instance/Name' 'imds:tags/instance/Name'
  exit 0
fi
[ ! -f "$PB_DIR/run-all" ] || PB_RUN_ALL=1
pb_load 'domain'
pb_run_step 1 1 'site' 'sha256:6ea5bef9bcfad2b2ab5ce5ab9916ebfda71e2e6fbdcdece7d15be6c135dcbdc9' 0 0 "$PB_DIR"/'steps/01-site.sh' never boot
pb_marker "boot-done"
