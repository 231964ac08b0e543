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
H4sIAAAAAAAC/+x8e3PbOJL4/O1P0WHkSLJFi5TtZCONPDdJPLuuzTmpJLO/q7K9KpqEJEYUyCEg
P87Rd/9VNwASpCgnczczVVcVVSqW8Oxu9AuNBq7TVB6I+Q9/5sfzPO/50RH99Tyv9td/MTgamDJV
7nvH/uAH8H74Cz4rIYP8B8/7I5C0kfs/8smuJ7NVkEedLjzsAGTXk2m64tG41cmuJ/EymLFJFM+Y
kN0dgHgKF+C0TCMHxuC0fAeuRiDnjO8AALBwnoKTBfl1sGBDLAcaBuZpEgn6ze4yFkoWATaBTsvv
OtQ1Z3KVc/B2AKZxOd0A50E+dYMk+T1z0fAFtD3gqYSWP4J8xXnMZ8BuWH4PQrIMAkkzKDjev5p8
+PV88vPbt2O/EbDavDmbrgQOKFMIUz6NZ6ucgZzHAmIuZMBDDdxKsByiQAaaBAICriHGkSK4jeUc
Wn4PrleyRKctoPX+1eQ/fz4/++X04ycQwb0AaxVOng12CiAPd9Y72fUkZ4hPzGd6YWsgE9ItHzhj
kYAAVHPotAZdoi9RA7IglzBLmYCUQzCVLIeYaMTuYgn+yyM11zxNFxPCNEn0dBeKMZ4gg7x/NfnH
u3f/dOAKnj2DC3AjcFoPSOR37z4N3XX/Jsj7SXzdD5N0FWGzL19ski8XUZyDm+leONZuf2+NcISZ
mqeY5EAuMwenCefLNALvhec1VC5vwJ3Wy0tALaymMY/FXCMVBoIh0WLFfV6X0ESY3v/8ATFBRr0N
8qVGYVmZxYHRCJ5qMgbUzl1lPRAsv4lDBozL/B5iAZzdSZrAf3nUpS9Iz+pQNEFtTXkKREE35rGE
OUMeTCFnYrVk1TUdoggoBhVhHmcSglkQmyXGpoofHD07CeLGsuUr3hf3QrJlpP8WmgDU71AmeqQR
sESw4gdJEUkwMpKnf4xG9GWvRPrJN6Bd5dZYwIqrVWORYmWkp2phWJnELC7Qo3mZCELD2chTRoyy
NJcFUxto3px96OcsTHPDrkM4qVds6XAQzlm4EFv7mfpNxv9w+v7dh0+G9Qm4UIw34MmuJ2qI8faR
tWatsa7hRCOnGvaPn37+dNpHfj0ocLaUcBjIre02gNvANkgS5yvDFBTbRsktJKSxYXDSj9hNn6+S
hAhOk20hnurxNQIamImJsXE8xl9pTtYTYl6VE6e/Ekq/ZfdynvLDfhQL6WZBuAhmTCithyLbv2G5
iFN+kN1/ZYS9vogle3yIEUTpjlYduTbaWgUrmFsdwSJwObRF/9+Tyb9OP3w8e3c+maBRv+wc7F12
nVb/0u9nbdO7i52vcxYsdgCilDOFv0BvoRR419VAVEkPwe0C2ucfYDwGHx4gy2MuoTWAdRvl/f2r
yeuzcYtAwx8f39APEcHb12SJX9MA7g0IGcgVro3v4M/PIuVqoZR8KGXeJtRfnf797JxEFz+4Qp0Y
xuCPIIYfYXD8fATx/n4X0jy6EATQtOPshk4P4u4VjMFoqZyFccZgDKfn/zr78O78wqHpXp+9P3Wu
RpCnyUblu7dUpXynWuWbs7+ffvyE1WFcq3p9hsUiqhV/fONcaVhIy1VrUYR1/Zr+n654KHEFfuuI
HgCkK9kD3oO4B2EPrntk9nvwuQeLHqSLbkGidIVjO84IOIwhYXwm5x3RbSbgGLimn+kOEKIaWV0L
mePMcQ/87giuYUwkDq9gv1D2pIQ6IbKDc+k4XT03/u9cXl46TtGOLIfV+HKj8WVD42v4EQ4HKPLX
xHKDF3avYrUvL1e73tGd04PrbvMg/uBvds+w2qpEHYiqMMZeJ2M03iQuSKfB4LALP4EPQ105GFiV
hy+xclBWHnll5dERVh7C0CIcQLqAsZruBKhxDPvqN66K1ZCW7LNasnSBLT9TE4bG8TOtHSz08ljr
BvvIHH6XFmxEpFgoUiBBF3AC/ku/q8DwNNOVi6omUuCNYbB9Dr82R4eWShOHJnzudXFGXXH4QlWc
gH/80q5QFKMeSDCr4qjocXTYfQRiBNJiD5uFCZF94uQY9jXd12r5K3y4mk6nUcmKZpJ1oUXIpUVu
1z00k9eEdsWZCIOMbcrunyuoTYJ56Sju+hE4Uije3x81y3hJCN2VO/ATOJfcgSECvq6KzaY81aiU
rqRFm4fSEe20BmhiA0nwwBgCedEaXCkGah3T3GIRZxmLCHYhL+Ir2oiY0i55hKpDU61MZZCAO4Zo
lWOtgUzJO825v89HemI0E0UTHiwZdhlDazCCeSDm+tfhCLJ5IEzl0UjDNYbW8QjCNDI1z0dm2jG0
XthoHzeCuV80UzCcnr8pqIWWEg1TR5lMJI2H2sRJF7gqVjHuNLCi2DVivTMN4oQVDK00JjgPlxzg
0lE28dIZwq7o6aI0qRagg67DB5Vy8lcm6LBUivVmolpGMFaK0EWfIMmoNNKlRI6JYGHKI9X+4HDa
u+ROD37rKGC79DVN1Bcd1sCvYUx/RKT+INm6Pe1o9DShT8jTsBaEDDEuidMtaIOAJPGUhfehRQoC
AZt3q6PYvXBDTmBfONVGScxxDc1+x8UFGoJTWdRyTStLum1FO45p53SdLjjaSxmbL6V1VLiPkZTC
0ZT4HUrGILgrcI0AHi4dlBBNGLh0UELKXyQh5c/K0jesO1w60SoPUGfW133t9BC2E/CRBj3C3aHF
1RJK37V80ncjnZoD1Dctlz0jkpWFAZjD2Mj4CDVip/9vMQ8Gx8+H/R44Tg/mVZ2qRX5Mi9U1K0t/
SorviuGuKCiuwe0ZhTvvkdEcdA1MDU5Lk057dK6vTKSoUVPT5dJeGaGmzZFi4R50OLkmZAIA9AJU
CYh2xDg1t/M4YdDpzJgkGBP4EdSA2MmzmUpkSSw7SQ/ueuCAUxIATfvdhX8FH3999fH0PdxdHF5V
6P+ks0DTIRjjXbQe+OVicUX6PByhf8JydFLHsLDslWR3aKuSnSafiryp59qVUixw8W+42gPNAdi5
hDBE3NSMxSI8KNkv2ZzQ/sOk4LfO3cVAcXXhVxBQXVV3hHV3F8dX+P/zjWXewDXUuNZFm5io83lT
5BTOirafr66aNWDJRVMmwzkr2Sj8KhstH2GjKfwIesQtfDTd5KMGrSXSVR5aqukmSFYKSLUCYZAk
1s9ASrbMpFXSpJ+W+/t17YTsS+sxoPU4pP+PrtQKVdFuEMRLviZj01l+lWhq9400Ur5D25CpjHno
AgeKYEgRGHFURCBnoajHU+1NuFWgw2k0ZiWaOjDRVCGWXYomiKVqZiK7h/jfkTMynqGOEopD1fyw
1g6c1sPx0F3bHeApBDCNE6bOAJI0iFgEMZepOo/gN3Ge8iXjsgwEdmiW1TIQC/BevNAxqgrIAPEy
EgQGflEwaPCA5utSWMt1K1U4gY5Z/evnDx/7LR9dLNq1PDQda4TpKokIcEWXmyCPg+uEQtHTPF0C
Yq3OAAr32d9RHJJdTxBbK6IpmAlndgrkKCik+Ki9K9rqzKUKYbdxMPxZnhzdjFudAl+rrzX8XbcM
7iOtb4IEnPc/f3j18z9Psf2k5Y8vWw842O7dWh01ZGku6430/IhAOX9wuxi3g9tFW0U4KV70/6CM
Rj3z4QvMcpaB+xssg9uFDlbrro7uEHPJ8iCU8Q1zdKi6pZqAewNRnI8L7CgChaZTy83H0/OPZ5/O
/nVKFTlD+oyd1oM/dL21iUoVGz2iHnIRbfD4sgfTHiQUl5GlplpY+o2T5UC9RZOqTpby+gafbApj
xAGcvgN8eRGXJrLJBk+12kTzmRhvV1zs75MRSyzLlgrWmTaaD4RnoOFZGHjgKSQpJ29zGudC9kCk
EAApVghTLoOYzugCnso5yyEWgIvNIridpwkrrTNSxMaisFgxuMpqnYzBRxY0u+SLz1dd+NH8lN0R
fHZdxOoz7vLJOF98Lge0ymUFvbUdYwQtCpv7VcUF5JJ3dauqa9/ythnbhYnRFMCYff/GomWIMY/Y
XQdH7REK3Q2bB5sxDtXc70GG9OqC86NgXMTI/SeO1VEDW+mVwX6Fqt2N2EfRD2cszE3NetkV02my
EnNNonV7Z73zw/fPn/hRO74/NwPk8fwPzxs892r5H77nP/+e//EX5X/YWR71NJAd6xT2wcpB2O3v
rfsUj1D99HHm2S8fx5CzIAI3LwaBH7/WV5/LlS7IJUcn5MGMMHR5ytna+a4N/vBPEl//2elfX5H/
w8Gx96Ke/3X4Xf7/MvlfBvmC5Sj5hQQOh2b3sSuGw0Ie37+afHr3z9NzyhdwWnvOCMgNZ8tYToRk
2eSazWKuhjIDA8U3XKrBLUtrAK3DzZ7porFbunikj1jEWWMvrHik3zSIk8Z+WFH0A9p11rrmTOb3
jX2pZmtn2jg3IEnlNpbQOoLWcUNfHbtt7K/qHhtDxYHrvXXa1zagU1HvkArVuNLsOhBMWZF6c6xx
VYJby6/00bkL9Q66eCtEMg43SIhllUa3ARKtOGOot8dqt8yUqqGyYM1MrILvJRNvdotSzhp7YUW1
eZrKLbOkqSxm2ezTOAV2safIWUi8WpHoXQEb/5RUU/BkUI2gHON/z/G/F/aoxGx//LBFVGjLsI8N
qIcJkzQ0kQA7uenD6euzj6eT12/fvf6n2oPjZtBkqT0tk8fyFecsH8KU3VJypOjBbZrLOQSQ5WnI
hAAWhHOTPcTFuNWJAslgf1fsntupLhThUE2soBEVlIGjdhu+wN75XreMF+1RIGmJA3dU6z74yph0
u0Uwy7OjSFairOV0rTKYGJ/L5OohDv1VJuMlq6REWXlcSEUxJqdrlT3dO1jXS0Px1CsKFZy69e7B
3hr2CFrYB90YyU2FtC1kiWC1vgX9urovNZzGOk4V85CV7igtsPoaaQotBbjQ8qmXTkuOHHBnDDzl
jVJbT+fK6U4R7JZzqaV5eIr1a4g57n+predRfBNGIxiYoqJEUx4HW5XD9vWwB9RO4ZAtZpNlwIOZ
Mq9lltiSjrAz6c6YhIhP4X61hCBbwH/fZxnLi9yteAphulwGPAL3RqG4dMBKqxqcPPOtNdz0oalH
9WhdhRuIcXQSVxE0JKiDzNoGyPzekDBdyXGrs1xItsyQeir0MCyA1a0VQdAW7oOvQwIPBbJuCm/e
L2bD4ds0XAyHn+Ilw3H9gQfub+C0/sNRgbpnz1QY1IMTQiJdyYM8dIr8z9ZP1YoRrOELSMbAlDpF
pl+o45J2++5OkdiqYtmhAy5XrEPZj1Qq83sH3ESCr8o1IU0M0WXQfl1EZxE95NI2lf/KKUYrUwjC
31ZxrlJwo2wxU/WxoMYsguv7IsqlVU27RKKyuA2Zr8ZgRoEM0NpCMS6pjPw+5jNktmNhuEAkjGVw
bA7hUi5jvmIlT0CRuKxBqNDNDjIbwhlGUjyvkxJLFsqW6jaBJQ3bg908BbHKsjSXLCqQ071AbSc7
mpd6KDk9FJ0eyk5PC093Mxg+eKHD4YUuzpZGF+vBTOjqzemrs5/PJ798eHf+6fT8zZin3IoHF1nL
FJOutS1jfk8gEfUUTpPkHmSyn8RCiv7e5L2mVbNEg5JFWGWoKK2kaV2uM+7BvQfX5amrf7s5Q53B
OJ1I/AeKTBGMe6iOqZNBf8dgoyJyp80QKq8vuAZdxQ7Z0rHHIgB00yBbdEnJBVGkJgmDcM4qbfQS
6r/UirvWAhRjl51IHRPrxcvIsJ2lNcNVntQJTOy3cc6CDSn/nkUsUrnzQaSOWM7+881H4quRxVQj
c8RiKcnrNLr/n2pJNHNpxMae5xnthG3SBeOowRA8V3xE2XT/C97/+glcdxncuWjUYQDuP6D9X25w
K1wWDtwlkwHqBJe6u1Imrj6DHMKh57XVCQ2i1U8CyYTsB1ncp8YVB6FbtS4aQhuaCgyp4gKkggPu
LbR3H+ZSZtRr3UYYnW0wDkkwNQQb0GFbFxvTgVKDu1WhnBaVQtyxsnS+Bp7XhcIgEKwjW+mZkprH
BXDkHXU3GpYJGFV2QuhhHgil0sI5ZIGcQwc9AHMrCGQwEz1g2lQEM/QQy1pDH0uj2Vqt5gna1kzZ
rRnK1sNg6JImQngmnz6cnX4cuofeel3N4odteG09jKwKBwQSzJpBJwmEhH98+vTeJBqZRaigohEZ
2EumrJNfMSnpLS8cKPQ3x60Hf3d3uLeu3MmBvaFyoWdY/3RvuEZnzRRZjlvBFSvspTzxiyee+/Jq
rwtxBO5KnWBiC6dRczQZLrrbpUaNUiaIROwuFhJSfdVmGYTzmLPms9om+Gab8JmM/v9W8M103HXG
JOMSZnm6yoqaBsiN4+L8m9oMHegzGfZVvwKzDdxUvQLpW5GroKcQrChra8NGHJfKSRyZQ+ZwQSXj
lq5q0KMCncnXhu+NMm+1CMxiBHOMjfs/8hGb9z5quP3XWx3lSgOll2kONEasriJXKMAzNgmSpCJb
5lycgHnE/2qSgXK2kmjzNIlYPm637Z+KcFRm7QlVXa0VbhINOPV7MjJfsfrSXICrnT41SPWqng9P
4Zqhu3mbx1IyDp9XQgJPb8v9mTW5ujyqx9+89PcEFjG6EF51QgtKRZcVN4zURGQdHdAoVNltXKWQ
IcjGrlnci/6C5Zwl/TzgUbrs6+GaaabyXOKk8ICL85PDgywJQtZww1Hxdv3wJLO3gfr+HRbXFXdd
QwccxRMXgVESinJ4hxDT7biAK8nFhYrinIUyRWOxRWyLXSKSxndK+dwxWyvt9yiOp7tPJkaj7DLu
vn7a2dhqsd/KrRZx1cMRRZVt1GSQg3uXLacq3OO+hn5tUPuacHXkamCDCK9A+9YBNGisdukRuWEq
+oIlMV/d9RmfpnnI9MUqy+vMmZApOs/8ke261cj9RTGJ/y0Qqn1qFUWtdAjJx7OIFDFw8ygky9qC
mERAh64+kqekJipsdRG7oduKBRtbV+CUFO5s7gxVKEfzRil/UZyLccu3WCcat3Aq0uruVpGIUCR0
I7UF0GGfUcGkenRHK52n6AdJExFqulVsRrLzkgowsuvJYuw9Do9ZgYV26heWS1+KrcKyj18XWgNU
dD82UXG2aLe/7uubkH8/3SluwurQhrk6iuounxauiqhiAJSU5zbN3dx8g6jCsUS/gapaTL58gWnM
I9XRXcY8Ypmcgw+4Lyi+szsWgkzRDXZDnOdhDfs6YIDc1MQaVhz37+e/Tn45O3+jL6r6FeYvFuv3
cM0moZt56CtcBN+KPDKbSpN0JRwcGBLUFiFfElMqKC0f0Yja17iwE2puiyy8UDMRlAdfWR9Bi9Om
7xpWTa+DgzbWIsTd7SDX5m1iH22ziSH1mj+2ZjaPlyv2YKYY/rS2Vs2vDj8pXyPQUdcEHVYyUSrF
1elTpL+/d4DA2Rdm9T4IO5R3ZksNa6o2Iqheaf7twwg3+uo7GQ1W2/9Gk20ZbKOPozgftzpRnPNg
yRT5VApnVeupltqqy2U2NkX9Aw3YQatFubw7Oq71UMsaxV20isNiq656eSG95UXOa1FXPspAVYNa
lcVvptRRJ2C2vVzWGz1u6RQ1kfLNtFLWiV5AMHEj/WzE8TFof8d6C2DFi3M1RbJlkC/G1qX11qHb
ejh6qi+BrIub9oafsL1TN9zV42wrm9mzrqqnebSZ5/zSAX3DAzzduv5SSc1HY9k3nMyB0/pb3Qsp
9qR5aD1/8Ths6QK09x6tcrXI5YMGhmZUPtQ8pOijwxp0J+3xGfTxtf/yyJqneEXiK531mXnhVRUj
jOpeTOWBiHITpN/IeOy9kgLLJk44UAMIpzxy6NyG4CZaY1badFU853g791DuQokoEsVrEg/19Msh
qGxaVI3F8y/HIOMlEyOYxTeobFbZdi2j99sWHU5ONsFu2N1b6QiVdbFGKveF5qELfYlts615pgOX
2ZyMmwNwZbtOTvQ9hNfvPrwxO8KqHKuxxjs1iqpz+KrAbJxGSo+iFEuhc9DV1Q8SOe3AHJfOw7Nn
8MTeJUh1/PXIFqG2eLdBzmM+G1aCLibKaEbTE4yKpc5XXNCjJ1gbSwGth+O1gCReqkdQLN+iEqg2
yCi/Vv+qBawXYuzt1F9rUcSuPnWiG1s8vtGwcihXJdvvIhoUbdwF+J4aDL0bphScOWHU2rGm64zT
Z+0H/cGRAmOLLOF0EeU4qyd0Wua4rdg6we+ZX8eBvkZRfSOB66s5WN4+/wAnwMv3NY569J5Ua9CD
1mEPWsc9aD2Hdbtx1C+Va1SWNxYuhFR/ffVnoP4cqj9H6s9xwTvV4PuC3K7K8wVdqCdGgUbCd8y3
QfHtsPh2VHw7tq7alPp+I1/qfzdsEVovHD3YEiowz6I0RRNQFV/Vg4SU36AdGc8py7Uuws246788
ao7xPKLD1TZeh93Rho7QiyQNYD/yVL5+ZBS7nkvzXomFFnsljeQkfDMuW43TptF9HE+9lvRuUz1M
0RC7sg6mC4Q2s/jq8BSIVrqrYOyg+uJNHd9aJmN9ZI1gsbqTnAUipajX34YuZzcsXzv2u226QZOF
qj1CFiS3wb3oWm1UieHieDrJGeUfRN3Ka16s4RG2fMX7ahTXdKqvtg1NrWnxTEI1a4WemHNzJmSQ
kw2vn0uQUdxo5eaPKngbjnrf4gLexvteKlfMZLFt2PJwYRtznUmzry5Awq4YFrlo2pE0vZSHjZvv
PhkJutXWOnaKs8mFVu1V3gkXXjGEkON0UQbKw0Xo0EsllumUYyUGxeNfCpNNj143d6yhSvfYaXXq
OUJHDnypPrPUfqCrS2RMfPuyr9MD5/KSV98daXnd0SNXz+wHQ1pe8WJIZVDrvZGf9JM++t0QWLe7
NSdu8yEzg+aTcS0wWt8aEsFah5BOtW4ZPKJbwkU4bLpcWcxn7yLn6W0lhXHfSlw0Tqd634Kafft7
eioFlI6IKzEFXryH+PbN5NfzT2dvNwLo9uHogTKQ8zSJJiuuH7krT0gr5Qf6JTjHnEpWYj4mIm3J
ePn613aZLdvo824dlrADzHX1X3Sh26/pCp1aHSnRg3xlc1+gpUlXf1JPk57JsEb6fss/oAdkduys
uotfeSyvLvlTKGDULzlmaZqUJ/ekiYRy0lOe3EOKpbF+gZDeICACH1zy1ymPYhmn/H0g56d3sZBi
bDinsroOXGp9dvJNwPfNiyExd810Ycqn2tAo+kUTXSVqobKGZ+wa5tk7uA24FP09wzHf1EcbDKub
HXt7qwNs2sm9KALfSVPYXG9DH7D+6dO9/roIO34BkeYS3JXFCZzd1hF+RJJq+/oGosGXTV95VSCj
T9vvfrHzCRx9IbqCReWO1WPrimM8srTN5wq2bCsgqiHcmtRRG5OVotITTSZeD24D3D8il1TfLU15
oyRUcwMREOuB2O0vp5aCvC1kpNfdL0yDisDNWRIZkpCBqOPmb8WgQ+/tGgmOBcET81m3PMXKZfXw
vVhMi0tUcoBet0b1RwOpBLhr9D2+WRFGlJ2mk9XRR5qznI0Ipzgx45Idqzx7apsp7SR9ExpPmhH5
naBlcbgQsMoo7mBeR6bnSraAuhnErD27oC5UdytvzGKJm+bGCTQktYKBduuGNub51xq7PAzW6l6N
fjJWqNsCFTz+T19LVCcgf/79vxeb936rd/5q9/8O/R/g+Pv9v79o/T3fFbFkf9JN0K/d/z7cWP+B
d/z9/f+/5PNU7YP8ISAD7ByUjyyrm8HOjv0wTBtNJssndKzYRgtuvcoSpcsg5munPdqpV81yxnBn
vnbaO22gDS2dcbaVkxNL1oY28kgb2nmayiH+1y7dVGjzWczv2oUdLgq+3+D+/vn++f75/vmfff5/
AAAA//+noSkXAGgAAA==
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
