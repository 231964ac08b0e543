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
H4sIAAAAAAAC/+x8a3PbOLLofPav6DByJNqiRcp2spEiz+bh2XVtjpOKM3tPle1R0SQkMaJIDgH5
cRz991vdAEiQouzk3M1U3aqoUrGEZ3ejX2g0cJWmYo/PfvmRH9d13ecHB/TXdd3aX+9F/6Cvy2S5
5x56/V/A/eUv+Cy58PNfXPc/gaSJ3P8nn+xqPF36edix4X4LILsaT9JlEo5anexqHC38KRuH0ZRx
YW8BRBM4B6ulG1kwAqvlWXA5BDFjyRYAAAtmKViZn1/5czbAcqBhYJbGIaff7DZjgWAhYBPotDzb
oq45E8s8AXcLYBKV0/VxHuRTx4/j75mLhi+g7UKSCmh5Q8iXSRIlU2DXLL8DLlgGvqAZJBwf34w/
/X46fv3+/chrBKw2b84mS44DihSCNJlE02XOQMwiDlHChZ8ECrglZzmEvvAVCTj4iYIYRwrhJhIz
aHlduFqKEp02h9bHN+P/en168tvx2Wfg/h0HYxWOnvW3CiD3t1Zb2dU4Z4hPlEzVwtZAJqRbHiSM
hRx8kM2h0+rbRF+iBmR+LmCaMg5pAv5EsBwiohG7jQR4Lw/kXLM0nY8J0zhW051LxniCDPLxzfif
Hz78y4JLePYMzsEJwWrdI5E/fPg8cFa9az/vxdFVL4jTZYjNvn41Sb6Yh1EOTqZ64VjbvZ0VwhFk
cp5ikj2xyCycJpgt0hDcF67bULm4BmdSLy8BNbCaREnEZwqpwOcMiRZJ7nNtQhNh+vj6E2KCjHrj
5wuFwqIyiwXDITxVZPSpnbPMusBZfh0FDFgi8juIOCTsVtAE3ssDm74gPatD0QS1NU1SIAo6URIJ
mDHkwRRyxpcLVl3TAYqAZFAe5FEmwJ/6kV5ibCr5wVKzkyCuLVu+THr8jgu2CNXfQhOA/B2IWI00
BBZzVvwgKSIJRkZy1Y/hkL7slEg/+Qa0q9wacVgmctVYKFkZ6SlbaFYmMYsK9Ghexv1AczbylBaj
LM1FwdQamncnn3o5C9Jcs+sAjuoVGzrsBTMWzPnGfrp+nfE/HX/88OmzZn0CLuCjNXiyq7EcYrR5
ZKVZa6yrOVHLqYL97PPrz8c95Ne9AmdDCQe+2NhuDbg1bP04th4ZpqDYJkpuICGNDf2jXsiue8ky
jongNNkG4skejxFQw0xMjI2jEf5Kc7KeECVVObF6Sy71W3YnZmmy3wsjLpzMD+b+lHGp9VBke9cs
51Ga7GV3j4yw0+ORYA8PMYQw3VKqI1dGW6lgCXOrw1kITgJt3vtjPP738aezkw+n4zEa9YvO3s6F
bbV6F14va+veNna+ypk/3wII04RJ/Dl6C6XAO44Cokp68G/m0D79BKMReHAPWR4lAlp9WLVR3j++
Gb89GbUINPxx9o5+8BDevyVL/JYGcK6BC18scW08C39+4WkiF0rKh1TmbUL9zfE/Tk5JdPGDK9SJ
YATeECJ4Bf3D50OIdndtSPPwnBNAk461HVhdiOxLGIHWUjkLoozBCI5P/33y6cPpuUXTvT35eGxd
DiFP47XKD++pSvpOtcp3J/84PvuM1UFUq3p7gsU8rBWfvbMuFSyk5aq1KMKqfkX/T5ZJIHAF/uzw
LgCkS9GFpAtRF4IuXHXJ7HfhSxfmXUjndkGidIljW9YQEhhBzJKpmHW43UzAESSKfro7QIBqZHnF
RY4zR13w7CFcwYhIHFzCbqHsSQl1AmQH68KybDU3/m9dXFxYVtGOLIfR+GKt8UVD4yt4Bft9FPkr
Yrn+C7NXsdoXF8tt9+DW6sKV3TyI1/+b2TOotipRB6IqjLDX0QiNN4kL0qnf37fhV/BgoCr7faNy
/yVW9svKA7esPDjAyn0YGIQDSOcwktMdATWOYFf+xlUxGtKSfZFLls6x5RdqwtA4fqG1g7laHmPd
YBeZw7NpwYZEirkkBRJ0DkfgvfRsCYarmK5cVDmRBG8E/c1zeLU5OrRUijg04XPXxhlVxf4LWXEE
3uFLs0JSjHogwYyKg6LHwb79AMQIpMEeJgsTIrvEyRHsKrqv5PJX+HA5mUzCkhX1JKtCi5BLi9yu
eigmrwntMmE88DO2Lrs/VlCbBPPCktz1ChKkULS7O2yW8ZIQqmtiwa9gXSQWDBDwVVVs1uWpRqV0
KQza3JeOaKfVRxPrC4IHRuCL81b/UjJQ65Dm5vMoy1hIsHNxHl3SRkSX2uQRyg5NtSIVfgzOCMJl
jrUaMinvNOfubjJUE6OZKJok/oJhlxG0+kOY+Xymfu0PIZv5XFceDBVcI2gdDiFIQ13zfKinHUHr
hYn2YSOYu0UzCcPx6buCWmgp0TB1pMlE0rioTax0jqtiFONOAyuKXSPWWxM/ilnB0FJjgnV/kQBc
WNImXlgD2OZdVZTG1QJ00FX4oFJO/soYHZZKsdpMVMsIxkoRuuhjJBmVhqqUyDHmLEiTULbf2590
LxKrC392JLA2fU1j+UWFNfBrENEfHso/SDa7qxyNriL0EXkaxoKQIcYlseyCNghIHE1YcBcYpCAQ
sLldHcXshRtyAvvcqjaKowTXUO93HFygAViVRS3XtLKkm1a0Y+l2lm3ZYCkvZaS/lNZR4j5CUnJL
UeI7lIxGcJvjGgHcX1goIYowcGGhhJS/SELKn5Wlb1h3uLDCZe6jzqyv+8rqImxH4CENuoS7RYur
JJS+K/mk71o6FQfIb0ouu1okKwsDMIORlvEhasRO7w8+8/uHzwe9LlhWF2ZVnapEfkSLZeuVpT8l
xbf5YJsXFFfgdrXCnXXJaPZtDVOD09Kk0x6c65GJJDVqarpc2kst1LQ5kizchU5CrgmZAAC1AFUC
oh3RTs3NLIoZdDpTJgjGGF6BHBA7uSZT8SyORCfuwm0XLLBKAqBpvz33LuHs9zdnxx/h9nz/skL/
J505mg7OWGKj9cAv5/NL0ufBEP0TlqOTOoK5Ya8Eu0VbFW81+VTkTT1XrpRkgfM/4HIHFAdg5xLC
AHGTMxaLcC9lv2RzQvs/JgV/dm7P+5KrC7+CgLJl3QHW3Z4fXuL/z9eWeQ3XQOFaF21ios6XdZGT
OEvafrm8bNaAJRdNmAhmrGSj4FE2WjzARhN4BWrEDXw0WeejBq3F02UeGKrp2o+XEki5AoEfx8ZP
Xwi2yIRR0qSfFru7de2E7Evr0af12Kf/Dy7lClXRbhDEi2RFxqazeJRocveNNJK+Q1uTqYx5qAIL
imBIERixZEQgZwGvx1PNTbhRoMJpNGYlmtrX0VTOFzZFE/hCNtOR3X3878Aaas9QRQn5vmy+X2sH
Vuv+cOCszA7wFHyYRDGTZwBx6ocshCgRqTyPSK6jPE0WLBFlILBDsywXPp+D++KFilFVQAaIFiEn
MPCLhEGBBzSfTWEtx6lU4QQqZvXv15/Oei0PXSzatdw3HWsE6TIOCXBJl2s/j/yrmELRkzxdAGIt
zwAK99nbkhySXY0RWyOiyZkOZ3YK5CgoJPmovc3b8sylCqHdOBj+LE+OrketToGv0dcY/tYug/tI
62s/Buvj609vXv/rGNuPW97oonWPg23fruRRQ5bmot5IzY8IlPP7N/NR27+Zt2WEk+JF/wfKaNQz
D77CNGcZOH/Cwr+Zq2C16mqpDlEiWO4HIrpmlgpVt2QTcK4hjPJRgR1FoNB0Krk5Oz49O/l88u9j
qsgZ0mdkte69geOudFSq2OgR9ZCLaIOXLLow6UJMcRlRaqq5od8Sshyot2hS2clQXt/gk01ghDiA
1bMgWZxHpYlsssETpTbRfMba2+Xnu7tkxGLDsqWcdSaN5gPh6St45hoeeApxmpC3OYlyLrrAU/CB
FCsEaSL8iM7o/CQVM5ZDxAEXm4VwM0tjVlpnpIiJRWGxInCk1ToagYcsqHfJ518ubXilfwp7CF8c
B7H6grt8Ms7nX8oBjXJRQW9lxhhBicL6flVyAbnktmpVde1b7iZjO9cxmgIYve9fW7QMMU5CdtvB
UbuEgr1m82A9xiGbe13IkF42WK84S3iE3H9kGR0VsJVeGexWqGqvxT6KfjhjYW5q1susmEziJZ8p
Eq3aW6utX35+fuBH7vh+bAbIw/kfrtt/7tbyPzzXe/4z/+Mvyv8wszzqaSBbxinsvZGDsN3bWfUo
HiH7qePMk9/ORpAzPwQnLwaBV4/1VedypQtykaATcq9HGDhJmrCV9VMb/Mc/cXT1o9O/HpH/fffF
8xf1/K/9/sFP+f+L5H/h53OWo+QXEjgY6N3HNh8MCnn8+Gb8+cO/jk8pX8Bq7VhDIDecLSIx5oJl
4ys2jRI5lB4YKL7hUA1uWVp9aO2v90znjd3S+QN9+DzKGnthxQP9Jn4UN/bDiqIf0K6z1jVnIr9r
7Es1GzvTxrkBSSo3sYTWAbQOG/qq2G1jf1n30BgyDlzvrdK+NgGd8nqHlMvGlWZXPmfSitSbY40j
E9xaXqWPyl2od1DFGyESUbBGQiyrNLrxkWjFGUO9PVY7ZaZUDZU5a2ZiGXwvmXi9W5gmrLEXVlSb
p6nYMEuaimKW9T6NU2AXc4ogTgO9KzYTfT4dvz05Ox6/ff/h7b/kfhQ3Rjpj62mZSJUvk4TlA5iw
G0oU5F24SXMxAx+yPA0Y58D8YKYzaRI+anVCXzDY3ebbp2baB+32ZRMjgEIFZRCl3YavsHO6Y5ex
kx0Kqixw4I5s3QNPKlbbLgI7rhlRMZJGDQdkmcFY+x86bw1x6C0zES1YJT3IyGlCKvIROSDL7OnO
3qpeGvCnblEo4VStt/d2VrBD0MIuqMZIbiqkLRKLOav1Lehnq77UcBKpmE2UBKx0zWiB5ddQUWjB
wYGWR71Uim5ogTNl4ErPjNq6Km9MdQphu5xLLs39U6xfQZTgXpDaui7F+mA4hL4uKkoU5XGwZTls
Tw27R+0kDtl8Ol74iT+VpqbMmFrQcW4mnCkTECYTuFsuwM/m8D93WcbyIo8pmkCQLhZ+EoJzLVFc
WGCkGPWPnnnGGq77k9Sjeswst97EOCqhqQigEdR+ZrjEIr/TJEyXYtTqLOaCLTKkntyGDwpgVWtJ
ELQLu+Cp7fF9gayTwruP8+lg8D4N5oPB52jBcFyv74LzJ1itv1syaPXsmQwJunBESKRLsZcHVpEL
2fq1WjGEFXwFwRjoUqvIegtUjM5sb28VSZ4yrhtY4CSSdSgTkEpFfmeBEwvwZLkipI6nOQzab4tI
JaKHXNqm8t8TileKFPzgz2WUy3TUMJtPZX3EqTEL4equiPgoVdMukagsbkMWqDYeoS98tDxQjEsq
I7+Lkiky2yHXXMBjxjI41AdSaSKiZMlKnoAiiVeBUKGbGXDVhNOMJHleJeiVLJQtZGa9IQ2bA79J
CnyZZWkuWFggp3qB3Fp1FC91UXK6KDpdlJ2uEh57PTDcf6FCw4UuzhZaF6vBdBjn3fGbk9en498+
fTj9fHz6bpSkiREbLTJ4KT5ba1vGv55AzOvpjDrh289EL4644L2d8UdFq2aJBimLsMxQURoJxKpc
ZZ+DcweOk6SO+u3kDHUGSyg6/3cUmSIwdV8dUyVGfsdgwyKKpcwQKq+vuAa2ZIdsYZljEQCqqZ/N
bVJyfhjKSQI/mLFKG7WE6i+1ShxjAYqxy06kjon1okWo2c7QmsEyj+sEJvZbO3PAhpSLzkIWyjxy
P5THDSf/9e6M+GpoMNVQHzcYSvIqDe/+t1oSzVwaspHrulo7YZt0zhLUYAiew89QNp3/ho+/fwbH
Wfi3Dhp16IPzT2j/t+PfcIcFfWfBhI86waHujhCxo87jBrDvum15WoFo9WJfMC56fhb1qHHFQbCr
1kVBaEJTgSGVXIBUsMC5gfb2/UyIjHqt2gijtQnGAQmmgmANOmzrYGM6XGlwtyqUU6JSiDtWls5X
33VtKAwCwTo0lZ4uqXlcAAfugb3WsExGqLITQg8zn0uVFswg88UMOugB6BsyIPwp7wJTpsKfoodY
1mr6GBrN1Go1T9C0ZtJuTVG27vsDhzQRwjP+/Onk+Gzg7LurVTWjHTbhtfFgrioc4AvQawad2OcC
/vn580eddKMXoYKKQqRvLpm0Tl7FpKQ3SeFAob85at1729uDnVXlfgrsDKQLPcX6pzuDFTprushw
3AquWGIv6YmfP3Gdl5c7NkQhOEt5moctrEbN0WS46J6THDVMGScSsduIC0jVtZOFH8yihDWfWzbB
N12HT2e3/4+Eb6pikFMmWCJgmqfLrKhpgFw7LtYf1GZgQY+JoCf7FZit4SbrJUjfilwFPYlgRVkb
GzbiuFSMo1AfuAZzKhm1VFWDHuXoTL7VfK+VeatFYBYj6CNd3P+Rj9i895HD7b7d6ChXGki9THOg
MWJ1FblEAZ6ysR/HFdnSZ8QEzAP+V5MMlLOVRJulccjyUbtt/pSEozJjTyjraq1wk6jBqd8ZEfmS
1ZfmHBzl9MlBqtfWPHgKVwzdzZs8EoIl8GXJBSTpTbk/MyaXFynV+OsX4J7APEIXwq1OaEAp6bJM
NCM1EVlFBxQKVXYbVSmkCbK2a+Z3vDdnecLiXu4nYbroqeGaaSZzPqK48ICLs4T9vSz2A9Zw20/y
dv0gITO3geouGhbXFXddQ/sJiicuAqOEDOnwDiCim2J+IiUXFyqMchaIFI3FBrEtdolIGs8q5XNL
b62U3yM5nu4B9VVmirTLuPv6dWttq8X+LLdaxFX3BxRhNVETfg7ObbaYyCQX5y30aoOaV2arI1cD
G0R4Cdq3DqBAY7ULgMgNE97jLI6S5W2PJZM0D5i6ZGR4nTnjIkXnOXlgu240cn6TTOJ9C4Ryn1pF
USkdQvLhjBpJDNw8csGyNicm4dCha4DkKcmJCltdxG7o5l7BxsZ1MCmFW+s7QxnKUbxRyl8Y5XzU
8gzWCUctnIq0urNRJEIUCdVIbgFU2GdYMKka3VJK5yn6QUJHhJpu2OqRzBydAozsajwfuQ/Do1dg
rpz6ueHSl2Irsezh17nSABXdj01knC3c7q166lbgP463iluhKrShr1GiussnhavCqxgAJag5TXM3
N18jKrcM0W+gqhKTr19hEiWh7OgsoiRkmZiBB7gvKL6zWxaASNENdgKc534FuypggNzUxBpGHPcf
p7+Pfzs5facubXoV5i8W63u4Zp3QzTz0CBfBtyKPzCZTBh0Be3uaBLVFyBfElBJKw0fUovYYF3YC
xW2hgRdqJoJy75H14bQ4bfquYFX02ttrYy1CbG8GuTZvE/som00Mqdb8oTUzebxcsXs9xeDXlbFq
XnX4cXkzX0VdY3RYyUTJdE+rR5H+3s4eAmdeHlX7IOxQ3h8tNayuWouguqX5Nw8jnPDRNyMarLb3
jSbbMNhaH4dRPmp1wihP/AWT5JPpjFWtJ1sqqy4W2UgX9fYUYHutFuW1bqm41n0tgxJ30TIOi61s
+QpBepMU+Z9FXflAAVX1a1UGv+lSS54GmfZyUW/0sKWT1ETKN9NKWid6DUDHjdQTCoeHoPwd4178
MqHz0FJXLfx8PjIucLf2ndb9wVN1IWJV3DrX/ITtrbrhrh7tGpm9rnFtO83D9Zzflxao2w7gqtb1
VztqPhorxu9XhzrE/57jfy/wv7/VvZBiT5oHxlMQD8OWzkF57+Eyl4tcXu7XNKPygeIhSR8V1qD7
WQ/PoI5yvZcHxjzFiwqPdFbnx4VXVYwwrHsxlccSyk2Qei/iobc7CiybOGFPDsCt8sihcxOAEyuN
WWljy3jO4WbuoXP8ElEkitskHvIZlH2QmaWoGounUA5BRAvGhzCNrlHZLLPNWkbttw06HB2tg92w
uzeO5ivrYoxU7gv1ow/qQtd6W/1kBS5zJZ1jm8PaP3kk9ncJqrzO/uHTO71LrMq2HH+0VaOyPKeu
CtHaCaVwKXKx4CpHW16NIDFUTs1h6VA8ewZPzJ2DkEdiD2wbagt64+dJlEwHlUCMjjzq0dQEw2L5
82XC6VEQrI0Eh9b94YpDHC3kIyGGv1EJXmtkpK+rftWC2HM+crfqr5lIYlefAlGNDb5fa1g5qKuS
7buIBkUbZw6eKwdDj4dJpadPHZXGrOk/7Qgae0SvfyDB2CBfOF1IOcDyiZmWPoIrtlPwPfOr2NBj
FFUZ+4m6uoLl7dNPcARJ+f7EQZfeW2r1u9Da70LrsAut57BqN476tXLNyPDQgjkX8q8n//Tln335
50D+OSx4pxqQn5MrVrneb0M9cQgUEp6lv/WLb/vFt4Pi26FxFaW0AWv5RP9vwxbh9sL5gw3hA/1s
SFOEAdXzZT1wSDkPyrlxrbJc6SLcoDvey4PmuM8Del1u7VUoHu3qED1L0gDmI0jl60Ba2au5FO+V
WCixl9JIjsM347LRYK0b4ofxVGtJ7xrVQxcN8SzjsLpAaD3LrQ5PgWiluwzQ9qsvwtTxrWX61UdW
CBarO86Zz1OKhP1t4CTsmuUry3zXTDVoslC1R7r8+Ma/47bRRpZoLo4m45xRTkJoV167Yg2PlOXL
pCdHcXSn+mqb0NSaFs8IVDNZ6Ak2J2dc+DnZ9fpZBRnFtVZO/qCCN+Go9y0uqK29fyXzx1A9NGYb
BXPTmCvnYldeEIRtPijcCuVc6l7S68YNeY+MBN36ah1axXnlXKn2Ku8Ec7cYgotROi+D58E8sOgl
D8N0ipEUg0om+SbHp+b4qxEsY/TSi7ZanXoq0YEFX6svE7Xv6bYP2RfPvB9rdcG6uEiqT3W0XHv4
wG0t842Nlls8slEZ1Hii41f1Co56agNWbbvm162//aXRfDKqxU/rO0ha3NY+pBOlbvoPqJtgHgya
7iMW85mbzVl6U3FTd43V0X6ofBKCmn37E3Qya5JOkiuhh6R4QvD9u/Hvp59P3q/F2c0z1D1pM5dJ
JEYtrzxBVQV7+r208rhy/c02BSgTQQ1QikDiSHv0TkktZe389yQSlxfJUygWQj0ZmKVpXB6Lk0hz
6e2mSXwHKZZG6qk7uuxOMO5dJG/TJIxElCYffTE7vo244CNN7wpNLLgolMjRd6DR009URImjpw3S
ZFKNruoYvqEBy7fDNmu0so3KEFCBHDMkXzeORRe6O5su0eVXsSU1yCPhkFkah8aDlptfeiy7btrW
qy2iV8iljJLMWBxqYpF01nBoeXDj444EdUX1pcgOvQ+qGSHiBE+UTO3ypCEX1QNSCcCzZ+YOXR7g
qkVtJDgNJJOUrtAWfDPpQ8ogUgnFaLNmLGdDwimK9bikRCrPNJo6Qhmtb0LjSTMi3wlaFgVzDsuM
9oH6NVd6XmEDqOuBpto1cXkB1K68iYklTppro6xJagRszNYNbfRzlTV2ue+v5D0A9cQllxndFTwq
16hk1PfH3/95sX7vr3rnp3b/Z9/7BQ5/3v/54R+5/q7n8EiwH3QT7LH7n/tr6993D3++//2XfJ5K
p84bADLA1l75yKq8GWhtmQ9DtNEEsXxMRylttIjGqwxhuvCjZGW1h1v1qmnOGO48VlZ7qw3ksNO5
Tlt6FJFgbWgjj7ShnaepGOB/7dKLg3YyjZLbdmHXioKfNzh/fn5+fn5+fv53n/8bAAD//67CaFIA
ZAAA
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
