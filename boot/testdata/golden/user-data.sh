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
PB_DIGEST='sha256:492a1f2c774e5d6a53f0c52c951e74b6f6201533c54ffde8c686da4b6f282eb9'
PB_PRECISE_CLOCK=1
export PB_NL PB_LOG PB_SENSITIVE PB_REPORT PB_HOOK PB_RECIPE PB_ROLE PB_DIGEST PB_PRECISE_CLOCK
PB_IMDS='http://169.254.169.254'
PB_SSM_ENDPOINT=''
PB_S3_ENDPOINT=''
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
H4sIAAAAAAAC/+x8e2/buLL4/p1PMVWV2k6sWHKS9tSus7eP7DnB6U2Lpru/CyRZQ5FoW7UsaUU6
j5v6u/8wQ1KiZDlp791d4AI1isbmc2Y4Lw6HvEpTscdnP/2VH9d13ecHB/TXdd3aX+9F/6Cvy2S5
5x56/Z/A/elv+Cy58POfXPfPQNJE7v/IJ7saT5d+HrY7cL8FkF2NJ+kyCUd2O7saRwt/ysZhNGVc
dLYAogmcg2XrRhaMwLI9Cy6HIGYs2QIAYMEsBSvz8yt/zgZYDjQMzNI45PSb3WYsECwEbAJt2+tY
1DVnYpkn4G4BTKJyuj7Og3zq+HH8PXPR8AW0XUhSAbY3hHyZJFEyBXbN8jvggmXgC5pBwvHxzfjT
r6fj1+/fj7xGwGrz5myy5DigSCFIk0k0XeYMxCziECVc+EmggFtylkPoC1+RgIOfKIhxpBBuIjED
2+vC1VKU6LQ42B/fjP/z9enJL8dnn4H7dxyMVTh61t8qgNzfWm1lV+OcIT5RMlULWwOZkLY9SBgL
Ofggm0Pb7neIvkQNyPxcwDRlHNIE/IlgOUREI3YbCfBeHsi5Zmk6HxOmcaymO5eM8QQZ5OOb8b8+
fPi3BZfw7BmcgxOCZd8jkT98+DxwVr1rP+/F0VUviNNliM2+fjVJvpiHUQ5OpnrhWNu9nRXCEWRy
nmKSPbHILJwmmC3SENwXrttQubgGZ1IvLwE1sJpEScRnCqnA5wyJFknuczuEJsL08fUnxAQZ9cbP
FwqFRWUWC4ZDeKrI6FM7Z5l1gbP8OgoYsETkdxBxSNitoAm8lwcd+oL0rA5FE9TWNEmBKOhESSRg
xpAHU8gZXy5YdU0HKAKSQXmQR5kAf+pHeomxqeQHS81Ogri2bPky6fE7LtgiVH8LTQDydyBiNdIQ
WMxZ8YOkiCQYGclVP4ZD+rJTIv3kG9CucmvEYZnIVWOhZGWkp2yhWZnELCrQo3kZ9wPN2chTWoyy
NBcFU2to3p186uUsSHPNrgM4qlds6LAXzFgw5xv76fp1xv90/PHDp8+a9Qm4gI/W4MmuxnKI0eaR
lWatsa7mRC2nCvazz68/H/eQX/cKnA0lHPhiY7s14Naw9ePYemSYgmKbKLmBhDQ29I96IbvuJcs4
JoLTZBuIJ3s8RkANMzExNo5G+CvNyXpClFTlxOotudRv2Z2Ypcl+L4y4cDI/mPtTxqXWQ5HtXbOc
R2myl909MsJOj0eCPTzEEMJ0S6mOXBltpYIlzHabsxCcBFq89/t4/Nvxp7OTD6fjMRr1i/bezkXH
snsXXi9r6d4d7HyVM3++BRCmCZP4c/QWSoF3HAVElfTg38yhdfoJRiPw4B6yPEoE2H1YtVDeP74Z
vz0Z2QQa/jh7Rz94CO/fkiV+SwM418CFL5a4Np6FP7/wNJELJeVDKvMWof7m+J8npyS6+MEVakcw
Am8IEbyC/uHzIUS7ux1I8/CcE0CTtrUdWF2IOpcwAq2lchZEGYMRHJ/+dvLpw+m5RdO9Pfl4bF0O
IU/jtcoP76lK+k61yncn/zw++4zVQVSrenuCxTysFZ+9sy4VLKTlqrUowqp+Rf9PlkkgcAX+aPMu
AKRL0YWkC1EXgi5cdcnsd+FLF+ZdSOedgkTpEse2rCEkMIKYJVMxa/NOMwFHkCj66e4AAaqR5RUX
Oc4cdcHrDOEKRkTi4BJ2C2VPSqgdIDtYF5bVUXPj/9bFxYVlFe3IchiNL9YaXzQ0voJXsN9Hkb8i
luu/MHsVq31xsdx2D26tLlx1mgfx+v8wewbVViXqQFSFEfY6GqHxJnFBOvX7+x34GTwYqMp+36jc
f4mV/bLywC0rDw6wch8GBuEA0jmM5HRHQI0j2JW/cVWMhrRkX+SSpXNs+YWaMDSOX2jtYK6Wx1g3
2EXm8Dq0YEMixVySAgk6hyPwXnodCYarmK5cVDmRBG8E/c1zeLU52rRUijg04XO3gzOqiv0XsuII
vMOXZoWkGPVAghkVB0WPg/3OAxAjkAZ7mCxMiOwSJ0ewq+i+kstf4cPlZDIJS1bUk6wKLUIuLXK7
6qGYvCa0y4TxwM/Yuuz+tYLaJJgXluSuV5AghaLd3WGzjJeEUF0TC34G6yKxYICAr6pisy5PNSql
S2HQ5r50RNt2H02sLwgeGIEvzu3+pWQg+5Dm5vMoy1hIsHNxHl3SRkSXdsgjlB2aakUq/BicEYTL
HGs1ZFLeac7d3WSoJkYzUTRJ/AXDLiOw+0OY+Xymfu0PIZv5XFceDBVcI7APhxCkoa55PtTTjsB+
YaJ92AjmbtFMwnB8+q6gFlpKNExtaTKRNC5qEyud46oYxbjTwIpi14j11sSPYlYwtNSYYN1fJAAX
lrSJF9YAtnlXFaVxtQAddBU+qJSTvzJGh6VSrDYT1TKCsVKELvoYSUaloSolcow5C9IklO339ifd
i8Tqwh9tCWyHvqax/KLCGvg1iOgPD+UfJFunqxyNriL0EXkaxoKQIcYlsToFbRCQOJqw4C4wSEEg
YPNOdRSzF27ICexzq9oojhJcQ73fcXCBBmBVFrVc08qSblrRtqXbWR2rA5byUkb6S2kdJe4jJCW3
FCW+Q8loBLc5rhHA/YWFEqIIAxcWSkj5iySk/FlZ+oZ1hwsrXOY+6sz6uq+sLsJ2BB7SoEu4W7S4
SkLpu5JP+q6lU3GA/KbksqtFsrIwADMYaRkfokZs937nM79/+HzQ64JldWFW1alK5Ee0WB29svSn
pPg2H2zzguIK3K5WuLMuGc1+R8PU4LQ06bQH53pkIkmNmpoul/ZSCzVtjiQLd6GdkGtCJgBALUCV
gGhHtFNzM4tiBu32lAmCMYZXIAfETq7JVDyLI9GOu3DbBQuskgBo2m/PvUs4+/XN2fFHuD3fv6zQ
/0l7jqaDM5Z00Hrgl/P5JenzYIj+CcvRSR3B3LBXgt2irYq3mnwq8qaeK1dKssD573C5A4oDsHMJ
YYC4yRmLRbiXsl+yOaH9p0nBH+3b877k6sKvIKA6su4A627PDy/x/+dry7yGa6BwrYs2MVH7y7rI
SZwlbb9cXjZrwJKLJkwEM1ayUfAoGy0eYKMJvAI14gY+mqzzUYPW4ukyDwzVdO3HSwmkXIHAj2Pj
py8EW2TCKGnST4vd3bp2Qval9ejTeuzT/weXcoWqaDcI4kWyImPTXjxKNLn7RhpJ36GlyVTGPFSB
BUUwpAiMWDIikLOA1+Op5ibcKFDhNBqzEk3t62gq54sORRP4QjbTkd19/O/AGmrPUEUJ+b5svl9r
B5Z9fzhwVmYHeAo+TKKYyTOAOPVDFkKUiFSeRyTXUZ4mC5aIMhDYplmWC5/PwX3xQsWoKiADRIuQ
Exj4RcKgwAOar0NhLcepVOEEKmb12+tPZz3bQxeLdi33TccaQbqMQwJc0uXazyP/KqZQ9CRPF4BY
yzOAwn32tiSHZFdjxNaIaHKmw5ntAjkKCkk+am3zljxzqULYaRwMf5YnR9cju13ga/Q1hr/tlMF9
pPW1H4P18fWnN6//fYztx7Y3urDvcbDt25U8asjSXNQbqfkRgXJ+/2Y+avk385aMcFK86P9BGY16
5sFXmOYsA+cPWPg3cxWsVl0t1SFKBMv9QETXzFKhals2AecawigfFdhRBApNp5Kbs+PTs5PPJ78d
U0XOkD4jy773Bo670lGpYqNH1EMuog1esujCpAsxxWVEqanmhn5LyHKg3qJJZSdDeX2DTzaBEeIA
Vs+CZHEelSayyQZPlNpE8xlrb5ef7+6SEYsNy5Zy1p40mg+Ep6/gmWt44CnEaULe5iTKuegCT8EH
UqwQpInwIzqj85NUzFgOEQdcbBbCzSyNWWmdkSImFoXFisCRVutoBB6yoN4ln3+57MAr/VN0hvDF
cRCrL7jLJ+N8/qUc0CgXFfRWZowRlCis71clF5BL3lGtqq697W4ytnMdoymA0fv+tUXLEOMkZLdt
HLVLKHTWbB6sxzhkc68LGdKrA9YrzhIeIfcfWUZHBWylVwa7Fap21mIfRT+csTA3NetlVkwm8ZLP
FIlWra3V1k8/Pn/hR+74/toMkIfzP1y3/9yt5X94rvf8R/7H35T/YWZ51NNAtoxT2HsjB2G7t7Pq
UTxC9lPHmSe/nI0gZ34ITl4MAq8e66vO5UoX5CJBJ+RejzBwkjRhK+uHNvjTP3F09Venfz0i//ve
vntQz//a99wf8v83yf/Cz+csR8kvJHAw0LuPbT4YFPL48c3484d/H59SvoBl71hDIDecLSIx5oJl
4ys2jRI5lB4YKL7hUA1uWew+2PvrPdN5Y7d0/kAfPo+yxl5Y8UC/iR/Fjf2wougHtOusdc2ZyO8a
+1LNxs60cW5AkspNLME+APuwoa+K3Tb2l3UPjSHjwPXeKu1rE9Apr3dIuWxcaXblcyatSL051jgy
wc32Kn1U7kK9gyreCJGIgjUSYlml0Y2PRCvOGOrtsdopM6VqqMxZMxPL4HvJxOvdwjRhjb2woto8
TcWGWdJUFLOs92mcAruYU+QsIF6tSPQ2h7V/UqopeNKvRlAO8b/n+N8Lc1Ritj9/2CIqtGHYhwZU
wwRxGuhIgJnc9On47cnZ8fjt+w9v/y334LgZ1FlqT8vksXyZJCwfwITdUHIk78JNmosZ+JDlacA4
B+YHM509lPCR3Q59wWB3m2+fmqkuFOGQTYygERWUgaNWC77CzulOp4wX7VAgaYEDt2XrHnjSmHQ6
RTDLNaNIRqKs4XQtMxhrn0vn6iEOvWUmogWrpEQZeVxIRT4ip2uZPd3ZW9VLA/7ULQolnKr19t7O
CnYIWtgF1RjJTYW0LWQxZ7W+Bf06qi81nEQqThUlASvdUVpg+TVUFFpwcMD2qJdKSw4tcKYMXOmN
UltX5cqpTiFsl3PJpbl/ivUriBLc/1Jb16X4JgyH0NdFRYmiPA62LIftqWH3qJ3EIZtPxws/8afS
vJZZYgs6ws6EM2UCwmQCd8sF+Nkc/vsuy1he5G5FEwjSxcJPQnCuJYoLC4y0qv7RM89Yw3UfmnpU
j9ZluIEYRyVxFUFDgtrPjG2AyO80CdOlGNntxVywRYbUk6GHQQGsai0JgrZwFzwVErgvkHVSePdx
Ph0M3qfBfDD4HC0Yjuv1XXD+AMv+D0sG6p49k2FQF44IiXQp9vLAKvI/7Z+rFUNYwVcQjIEutYpM
v0DFJc32na0isVXGsgMLnESyDmU/UqnI7yxwYgGeLFeE1DFEh0HrbRGdRfSQS1tU/mtCMVqRgh/8
sYxymYIbZvOprI84NWYhXN0VUS6lalolEpXFbch81QYz9IWP1haKcUll5HdRMkVmO+SaC3jMWAaH
+hAuTUSULFnJE1AkLisQKnQzg8yacJqRJM+rpMSShbKFvE1gSMPmYHeSAl9mWZoLFhbIqV4gt5Nt
xUtdlJwuik4XZaerhKezHgzvv1Dh8EIXZwuti9VgOnT17vjNyevT8S+fPpx+Pj59N0rSxIgHF1nL
FJOutS1jfk8g5vUUTp3k7meiF0dc8N7O+KOiVbNEg5RFWGaoKI2kaVWuMu7BuQPHSVJH/XZyhjqD
JXQi8R8oMkUw7r46pkoG/Y7BhkXkTpkhVF5fcQ06kh2yhWWORQCopn4275CS88NQThL4wYxV2qgl
VH+pVeIYC1CMXXYidUysFy1CzXaG1gyWeVwnMLHf2jkLNqT8exayUObO+6E8Yjn5z3dnxFdDg6mG
+ojFUJJXaXj3P9WSaObSkI1c19XaCdukc5agBkPwHH6Gsun8F3z89TM4zsK/ddCoQx+cf0Hrvxz/
hjss6DsLJnzUCQ51d4SIHXUGOYB9123JExpEqxf7gnHR87OoR40rDkKnal0UhCY0FRhSyQVIBQuc
G2ht38+EyKjXqoUwWptgHJBgKgjWoMO2DjamA6UGd6tCOSUqhbhjZel89V23A4VBIFiHptLTJTWP
C+DAPeisNSwTMKrshNDDzOdSpQUzyHwxgzZ6APpWEAh/yrvAlKnwp+ghlrWaPoZGM7VazRM0rZm0
W1OUrfv+wCFNhPCMP386OT4bOPvualXN4odNeG08jKwKB/gC9JpBO/a5gH99/vxRJxrpRaigohDp
m0smrZNXMSnpTVI4UOhvjux7b3t7sLOq3MmBnYF0oadY/3RnsEJnTRcZjlvBFUvsJT3x8yeu8/Jy
pwNRCM5SnmBiC6tRczQZLrrbJUcNU8aJROw24gJSddVm4QezKGHNZ7VN8E3X4dMZ/f8t4ZuquOuU
CZYImObpMitqGiDXjov1O7UZWNBjIujJfgVma7jJegnStyJXQU8iWFHWxoaNOC4V4yjUh8zBnEpG
tqpq0KMcncm3mu+1MrdtArMYQR9j4/6PfMTmvY8cbvftRke50kDqZZoDjRGrq8glCvCUjf04rsiW
PhcnYB7wv5pkoJytJNosjUOWj1ot86ckHJUZe0JZV2uFm0QNTv2ejMiXrL405+Aop08OUr2q58FT
uGLobt7kkRAsgS9LLiBJb8r9mTG5vDyqxl+/9PcE5hG6EG51QgNKSZdlohmpicgqOqBQqLLbqEoh
TZC1XTO/4705yxMW93I/CdNFTw3XTDOZ5xLFhQdcnJ/s72WxH7CGG46St+uHJ5m5DVT377C4rrjr
GtpPUDxxERgloUiHdwAR3Y7zEym5uFBhlLNApGgsNohtsUtE0nhWKZ9bemul/B7J8XT3ScdopF3G
3dfPW2tbLfZHudUirro/oKiyiZrwc3Bus8VEhnuct9CrDWpeE66OXA1sEOElaN86gAKN1S49IjdM
eI+zOEqWtz2WTNI8YOpileF15oyLFJ3n5IHtutHI+UUyifctEMp9ahVFpXQIyYeziCQxcPPIBcta
nJiEQ5uuPpKnJCcqbHURu6HbigUbG1fgpBRure8MZShH8UYpf2GU85HtGawTjmycirS6s1EkQhQJ
1UhuAVTYZ1gwqRrdUkrnKfpBQkeEmm4V65HMvKQCjOxqPB+5D8OjV2CunPq54dKXYiux7OHXudIA
Fd2PTWScLdzurXrqJuQ/j7eKm7AqtKGvjqK6yyeFq8KrGAAl5TlNczc3XyMqtwzRb6CqEpOvX2ES
JaHs6CyiJGSZmIEHuC8ovrNbFoBI0Q12ApznfgW7KmCA3NTEGkYc95+nv45/OTl9py6qehXmLxbr
e7hmndDNPPQIF8G3Io/MJtMkHQF7e5oEtUXIF8SUEkrDR9Si9hgXtgPFbaGBF2omgnLvkfXhtDgt
+q5gVfTa22thLULc2Qxybd4m9lE2mxhSrflDa2byeLli93qKwc8rY9W86vDj8jUCFXWN0WElEyVT
XK0eRfp7O3sInHlhVu2DsEN5Z7bUsLpqLYLqlubfPIxwwkffyWiw2t43mmzDYGt9HEb5yG6HUZ74
CybJJ1M4q1pPtlRWXSyykS7q7SnA9mybcnm3VFzrvpY1irtoGYfFVh358kJ6kxQ5r0Vd+SgDVfVr
VQa/6VJLnoCZ9nJRb/SwpZPURMo300paJ3oBQceN1LMRh4eg/B3jLYBlUpyrSZIt/Hw+Mi6t2/uO
fX/wVF0CWRU37TU/YXurbrirx9lGNrNrXFVP83A9z/mlBeqGB7iqdf2lkpqPxrJvOJkDy/5H3Qsp
9qR5YDx/8TBs6RyU9x4uc7nI5YMGmmZUPlA8JOmjwhp0J+3hGdTxtffywJineEXikc7qzLzwqooR
hnUvpvJARLkJUm9kPPReSYFlEyfsyQG4VR45tG8CcGKlMSttOjKec7iZeyh3oUQUieI2iYd8+mUf
ZDYtqsbi+ZdDENGC8SFMo2tUNstss5ZR+22DDkdH62A37O6NdITKuhgjlftC/dCFusS23lY/04HL
rE/G9QG4tF1HR+oewtsPn97pHWFVjuVYo60aReU5fFVg1k4jhUtRigVXOejy6geJnHJgDkvn4dkz
eGLuEoQ8/npgi1BbvBs/T6JkOqgEXXSUUY+mJhgWS50vE06PnmBtJDjY94crDnG0kI+gGL5FJVCt
kZF+rfpVC1jP+cjdqr/WIoldfepENTZ4fK1h5VCuSrbvIhoUbZw5eK4cDL0bJhWcPmFU2rGm67TT
Z+wHvf6BBGODLOF0IeU4yyd0bH3cVmyd4HvmV3GgxyiqbiQk6moOlrdOP8ERJOX7Ggddek/K7nfB
3u+CfdgF+zmsWo2jfq1cozK8sWDOhfzryT99+Wdf/jmQfw4L3qkG3+fkdlWeL+hAPTEKFBKepb/1
i2/7xbeD4tuhcdWm1Pdr+VL/u2GL0Hrh6MGGUIF+FqUpmoCq+LIeJKT8BuXIuFZZrnQRbsYd7+VB
c4znAR0ut/Eq7I42dIheJGkA85Gn8vUjrdjVXIr3SiyU2EtpJCfhm3HZaJzWje7DeKq1pHeb6mGK
htiVcTBdILSexVeHp0C00l0GY/vVF2/q+NYyGesjKwSL1R3nzOcpRb3+MXASds3ylWW+26YaNFmo
2iNkfnzj3/GO0UaWaC6OJuOcUf5B2Km85sUaHmHLl0lPjuLoTvXVNqGpNS2eSahmrdATc07OuPBz
suH1cwkyimutnPxBBW/CUe9bXMBbe99L5orpLLY1Wx7MTWOuMml25QVI2OaDIhdNOZK6l/SwcfPd
IyNBt9rsQ6s4m5wr1V7lnWDuFkNwMUrnZaA8mAcWvVRimE4xkmJQPP4lMVn36FVzyxiqdI8tu13P
ETqw4Gv1maXWPV1dImPimZd9rS5YFxdJ9d0R2+0MH7h6Zj4YYrvFiyGVQY33Rn5WT/qod0Ng1erU
nLj1h8w0mk9GtcBofWtIBLP3IZ0o3dJ/QLcE82DQdLmymM/cRc7Sm0oK466RuKidTvm+BTX79vf0
ZAooHRFXYgpJ8R7i+3fjX08/n7xfC6Cbh6N70kAuk0iMbK88GlUFe/rxt/Iccv0BOgUoE0ENUAot
4kh79OhKLRft/NckEpcXyVMoFkK9f5ilaVyed5P8cunapkl8BymWRurdPrq5TzDuXSRv0ySMRJQm
H30xO76NuOAjTe8KTSy4KDTG0Xeg0dPvbUSJo6cN0mRSDZvq4Lyh7sqH0Darr7KNOvpXERoz1l63
hEUXugicLtG/V0EjNcgjcY5ZGofG65ybn60su27ar6u9n1fIpQx/zFgcamKRdNZwsD248XH7gbqi
+uxlmx471YwQcYInSqad8gghF9WTTwnAs2fm1luezKpFbSQ4DSSzj65Q8X8z6UNKDVKZwmigZixn
Q8IpivW4pEQqb06aOkJZqG9C40kzIt8JWhYFcw7LjDZ9+mlaeitiA6jrEaTanXd5m7VTeeATS5w0
1xZYk9SIxJitG9rotzdr7HLfX8lLDeq9Ti5TtSt4/LgT9r/7yAj4X3//68X6vc/qna/a/a997yc4
/HH/629af9dzeCTYX3QT8LH7v/tr6993D3+8//63fJ5KP9gbADLA1l75yK68GWptmQ+DtNBqs3xM
x0otdCKMVznCdOFHycpqDbfqVdOcMdyZrazWVgtoQ0NnXC3phEWCtaCFPNKCVp6mYoD/tUrHF1rJ
NEpuW4UrUBT80OA/Pj8+Pz4/Pv+zz/8PAAD//073jnIAZgAA
PARBAKE_BUNDLE_END
  tar -xzf "$PB_DIR/bundle.tar.gz" -C "$PB_DIR"
  export PB_DIR PB_VARS
  . "$PB_DIR/boot.sh"
  pb_hook_install "$0"
  PB_PHASES="fetch run"
  for PB_PHASE in $PB_PHASES; do
    export PB_PHASE
    { sh "$0" "$@" 2>&1 && echo 0 >"$PB_DIR/rc" || echo $? >"$PB_DIR/rc"; } | pb_mask "$([ "$PB_PHASE" = fetch ] && echo 1 || echo 0)" | tee -a "$PB_LOG"
    read -r PB_STATUS <"$PB_DIR/rc"
    [ "$PB_STATUS" = 0 ] || break
  done
  pb_report "$PB_STATUS" | tee -a "$PB_LOG"
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
cd "$PB_DIR"
if [ "$PB_PHASE" = fetch ]; then
  umask 077
  pb_emit_boot_begin 1
  pb_guard 'sha256:492a1f2c774e5d6a53f0c52c951e74b6f6201533c54ffde8c686da4b6f282eb9' 'error'
  [ "${PB_RUN_ALL:-0}" != 1 ] || : >"$PB_DIR/run-all"
  pb_fetch 'domain' imds 'tags/instance/Name' 'imds:tags/instance/Name'
  pb_set 'greeting' 'hi'
  exit 0
fi
[ ! -f "$PB_DIR/run-all" ] || PB_RUN_ALL=1
# An image baked for a warm pool holds the services it enables until this flag exists: without a
# pool, every start is a service entry.
mkdir -p '/var/lib/parbake' && : >'/var/lib/parbake/in-service'
pb_load 'domain'
pb_load 'greeting'
pb_run_step 1 1 'site' 'sha256:f1931d17e3e490ebd43c920a098b38c94af9757e8b1cb8dc302b99ab14d25992' 0 0 "$PB_DIR"/'steps/01-site.sh' never boot
pb_emit_boot_done
