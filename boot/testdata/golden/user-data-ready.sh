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
H4sIAAAAAAAC/+x9+3PbttJof/ZfsWXkSLJF6+nkRKrcz7HdHs9JbI/t9Jw7tquhSUhiRJEsAflx
bP3vd3YBkCBFOem9X3PvNyeeTiQBC2Cx2BcWC9S55zt8+sNf+tdqtVpvej36bLVaxc/W27dv0+9U
3m51e29+gNYP3+BvwYWT/NBq/XdM0pzc/5C/+Hbk3PNRwhzvsVaHpw0AN5rPndAD+w6cew57TY/d
NcNFEEBn73Ubnp8JCoC50wis2ElunRnrg5gy2P/nBRx8OAafQ8iYxzwQEVTaA6qMAycEP+TCCQIO
vgA/BC5YjKO4gW/B3usOdZwwsUhCaHfebgAsNwCuwP43WJWn/X9ejM6Pfj0+PenbS/nz8OiX/U8f
LrNiC24QRdVHawMgvh0lbOJH4bBSi29H/tzjiIvL5iwUTVlVz9psAKx2PKykvWwAsIc4SkQJ2MZy
QxJUkfLvpx+PhpUn/OjbzSSKxJJaHR10Rh+PLvcP9y/3RxdH578dHxyNjk4Oz06PTy6HVuXs/ej4
4+FF0yLos/1fj86H1SpcE3kkFS7P/9fo4+nh0dDxnFj4d0T80cf9f432Ly+PPp5dXgytytPZ+9HF
xce0qG/vLi1aVavyX9bGcuOH2ygSf7UCeFn+27tvOr2i/O+2e9/l/xvJ/2ThJJ5i2Ph2NI4WoadF
xZmwkedPGBf1DQB/DFdgVTSQBUOwKm0LbkjAw3VagbqBaRR4nH6zh5i5gnmAIFCrtOuWKfcos2M/
G66D4yCf2k4Q/JmxqPsU2waEkSBllCzC0A8nwO5Y8qhUkKARJB5n70fnn05G+x8+DNuliBXGTdh4
wbFDEYEbhWN/skgYiKnPpboLXYXcgrMEPEc4igQcUCMSxtiTB/e+mEKl3YDbhcimU+WAGuHj/snx
L0cXl8CdRw7GKki9qZDsSh2UMJyPH07UwhZQpklX2qSlOTggwaFW6dSlsqafsZMImESMQxSCMxYs
AZ9oxB58Ae13PTnWNIpmI6XY1XBXkjF+RAY5ez/6++npP1Axv36NutwDqZnOT08v+/ayeeckzcC/
bbpBtPBW9fd85vkJ2LFqhX1tNreWiIcby3HSQXbEPLZwGHc6jzxovW21Sirnd2CPi+UZosasxn7o
86k2jA5nSDRfcl+rDsk815EFgwFVtd/16vSFbNc4T4Tn5+JqhBHQ3G0/9AVMGXJPBAnjiznLr0Yf
mVeyFncTPxbgTBxfLw6CypW01OgkQisETxZhkz9yweae+kxlGORvVwSqpwGwgLP0B/E/yR6yQEv9
UNPeyib941dMO89nPodFKOnNPMmEIXuQcpkyIQmIn06PxmXccTVPIjdoAUAbnbKjxubw+LyZMDdK
NKP1Ya9Yscpz50dnp+eXmuvi25HrD1EZRAlpTPRkchS2mgsueTp+FNMo7DY9nws7dtyZM2Fccjou
dvOOJdyPwp348Qs9bDW5L9jLXQzAizYU0yVKUSuxkzhXapx5YIdQ5c3fR6Pfjs4vjk9PRiNU5Ne1
na3rulVpXrebcVW3rmPj24Q5sw0ALwqZnD9HC5Gxim0rJKBjuIvP4NzPoHpyDsMhtOEJ4sQPBVQ6
sKwip5y9Hx0ck2fl+vjj4pB+cA8+HJD2PaAO7DvgwhELPiRZt+/gM49C6SXJhZECXKWpvz/69fhE
eahyhWo+DKE9AB9+gs7umwH429t1iBLvihNC45q16VoN8Os3MATN3wlz/ZjBEI5Ofjs+Pz25smi4
g+OzI+tmAEkUrFSefqAqaS8LlYfHvx5dXGK16xeqDo6xmHuF4otD64ZwWdK/40XoCqTwHzXeAIBo
IRoQNsBvgNuA2wap8gZ8bsCsAdGsnpIgWiAuljWAEIYQsHAipjVeLyfQEEJFH90cwIUh8MUtFwmO
7DegXR/ALQyJhO4NbKdqgPRNzcXltq4tq67Gxn+t6+try0rhSKcYwNcrwNclwLfwE3Q7KLW3xFKd
t2ardDWvrxebrd6D1YDbenkn7c7fzJZuHiqbOhBVYYit9oao1kkckE6dTrcOP0Mb+qqy0zEqu++w
spNV9lpZZa+HlV3oG4QDiGYwlMPtAQH7sC1/46oYgLRkn+WSRTOE/EwgDNXmZ1o7mKnlMdYNtpE5
2nVasAGRYiZJgQSdwR6037XrEo2WYrpsUeVAEr0hdNaP0S6MUaOlUsShAd+0aLelKrpvZcUetHff
mRWSYtQCCWZU9NIWvW79BYwRSYM9TBamiWwTJ/uwrei+lMuf48PFeDz2MlbUgyxTLUFuCnK7aqGY
vCC0i5Bx14nZquz+tYJaJpjXluSunyBECvnb24NyGc8IoZqGFvwM1nVoQR8RX+bFZlWeClSKFsKg
jcY73N7W35w5uwpRCVc6A5g6fKp+dQcQTx2uK3sD4EJ93x2AG3m65s0AvEWifrzNfKBaZZd8UT7z
45h5Vh1EJJwAV16BSZyOTg5TvNDmoIqvSeODBGih3FrRDOdvFKO3hxWpz4311tjxA5ayjtRNYD1d
hwDXlrQu11YfNnlDFUVBvgCdJLX5ypWT5R+h6c8VK4cuX0Y45orQTRohyajUU6VEjhFnbhR6En6n
O047YTGVXVkN+KMmUa/T1yiQX9QWEb+6Pn1wT34gEesNZcAbiux7ZMEVZQI/RDJrt9BGGvbBytE9
I3uO6uuIXrM0nFW36mApkzzUXzJTIREa4my5pdD7ExKnV3WTI6kAnq4tZGJFcLi2kImzX8TE2c/c
6pQsDVxb3iJxUIEUl2ZpNRC3PWgjDRo0d4soTkLk39B3EiH1XQqQ+sGF/Eai4980SGr8m/zCAExh
CKqPAaqHWvN3PnU6u2/6zQZYVgOmeQVD3ZKmiGZWXa8sfWQU3+T9TZ5SXKHb0Npn2iAL0qlrnEos
uBwmL88vjvWFgSQ1CjorW9obLXdT5s5SQaiFZKdJHwKoBcgTEJWqtvD3Uz9gUKtNmCAcA/gJZIfY
qGUyFY8DX9SCBjw0wAIrIwDauYer9g1cfHp/cXQGD1fdmxz9f6zNKKjKWFhH1Y5frmaoDLe33QEa
a5agxzaEmaG8Be6yhhBslDkY5Fq8UX6FZIGr3+FmCxQHYOMMQxfnJkdMF+FJapCMzWna/21S8Eft
4aojuTo1soRUXdb1sO7havcG/32zsswrc3XVXIuiTUxU+7wqcnLOkrafbwoytMpFYybcKcvYyP0i
G81fYKMx/ASqxzV8NF7loxKtxaNF4hqq6c4JFhJJuQKuEwTGT0cINo+FUVKmn+bb20XthOxL69Gh
9ejSv70buUL5aZcI4nW4vA6p5y8STW41kUbSvFc1mYbpbl8VWEoOh4UwwI4stlbjBvkIkrkFNQpU
GIIGycWPOjp+xPm8TntpPpdgOpbVxX961kD7TSq6wrsSvFuAA6vytNu3l2YDeAUOjP2AyahnEDke
88APRSQjsOGdn0ThnIUiC6DUaJTF3OEzaL2VblEBZQB/7nFCg45RCAeFHtB4dXAdAbadq8IBVJjl
t/3zi2aljW5Rfe1RkhstAo8Ql3S5cxLfuQ0o+DZOojngrIunReqsKL4d4WyNSBBnOgxUSydHIRHJ
WNVNXpVR5jyG9dLO8GcWK78bVmrpfI22RvcP+aMlducEYJ3tn7/f/8cRwo8q7eF15Qk723xYWtnp
UgFIjY8TyMZ37mfDqnM/q8poOUVL/glZLOZ1G55hkrAY7D9g7tzPVJBPNbVUAz8ULHFc4d8xS4X4
KhIE7Dvw/GSYzo7iL2hLlbxcHJ1cHF8e/3ZEFQlD+gytylO7b7eWOiaTboOIeshFtP0J5w0YNyCg
qIXIVNfMUHghmRJUZDSobGRos69w0sYwxDmA1bQgnF/5mc0sM8pjpUfRngbkZFh14Ffb22TVAsPU
RZzVxqX2BPHpKHxmGh94BUEUkvs59hMuGsAjcIA0LbhRKByfTiWcMBJTloDPARebeXA/jQKWmWuk
iDmL1IT5YEsztjeENrKg3kNefb6pw0/6p6gP4LNt46w+4x6YrPXV56xDo1zkprc0I2ygRCG/m0Oy
SS4gH72uoPK+fqW1zvrOdAQjRUbvilcWLcYZhx57qGGvDZpCfcUIwmoEQIK3GxAjvepg/cRZyH3k
/j3LaKiQzbWKYTtH1fpKZCBthyOm9qdgzsyK8ThY8Kki0bK6sdz4lud/ckP0154Afyn/o/OmVTj/
bbfa3/M/vtX5r3nKWzwG3jDOcp6MM8jN5taySdt12U4dphz/cjGEhDke2EnaCfz0pbbPz9DfAMMg
X4dokp90D307jEK2tL6xbPwn/AX+7f/j/K/O291edyX/q9P5Lv/fSP7nTjJjCUp+KoH9vvbFN3m/
n8rj2fvR5ek/jmSalVXZsgZATimb+2KEm/zRLZv4oexKdwy0/bepBh34Sgcq3dWW0ay0WTR7oQ2f
+XFpK6x4od3Y8YPSdliRtgPagxWaJkwkj6VtqWZtY9pMlkySys1ZQqUHld2Stiq0Wdpe1r3UhwyT
FlurtI91SEe82CDiEjgHdutwJq1IERxrbJngUmnn2qhz7GIDVbwWI+G7KyTEshzQvYNES6PkRXis
trN8i8JUZqyciWVsOmPi1WZeFLLSVliRB48isWaUKBLpKKttSofAJuYQbhC5eo+oUqhQcs/Ojw6O
L45GBx9OD/4hd2e4TdB5H6+ydIxkEYYs6cOY3VOiEG/AfZSIKTgQJ5HLOAfmuFNyWOPbUciHlZrn
CAbbm3zzxEwBoL2vBDHCCVSQhRSqVXiGrZOtehZJ2KIQwxw7rknoJrSlYq3X0zBHy4wvGEljhgOy
iGGk/Q+d/YJzaC5i4c+ZZSJrJJYhFfmQHJBF/GprZ1ksdfmrVloo8VTQmztbS9gibGEbFDCSmwpp
w8ACzgptU/rVVVsCHPsqguGHLstcM1pg+dVTFJpzsKHSplYqRc+zwJ4waEnPjGB1Nqxq5MFmNpZc
mqdXWL8EP8SdEcG2WpT7CoMBdHRRWqIoj50tsm6bqtsdgpNziGeT0dwJnYk0NVn2zBwHc2JhT5gA
LxzD42IOTjyDfz/GMUvSnBZ/bGYm0xTnVjE72VjDVX+SWuSPJOVGlBhHJbek4SSZyhsbLrFIHjUJ
o4UYVmrzmWDzGKknN6X9FFkFLQmCdmEb2mqz+JRO1o7g8Gw26fc/RO6s37/05wz7bXdaYP9BGboy
hPP6tQyQtWCPJhEtxE7iWmlGVeXnfMUAlvAMgjHQpZZGKnFVxMqEr2+kqWJUjH3boWQdytijUpE8
WmAHAtqyXBFSR5dsBtWDNG6H00MurVL5p5CidyICx/1j4Scyqc2LZxNZ73MCZh7cPqbxD6Vqqtkk
cotbkkumjYfnCActD6T9kspIHv1wgsy2yzUX8ICxGHb1eU0UCj9csIwnIM3wUyjk6GaGHzXhNCNJ
nlfJWhkLxXOZWWtIw/owaBgBX8RxlAjmpZNTrUBurWqKlxooOQ0UnQbKTkMJT/2FpPpUF8dzrYtV
ZzqocXj0/nj/ZPTL+enJ5dHJ4TCMQiNSmOYBUrSyAJtFg36EgBdT23TCpxOLZuBzwZtbozNFq3KJ
BimLsIhRURppiKpcZZ+C/Qi2HUa2+m0nDHUGCz2Z8Q7Pz2mY5infp0qS+xOdDdKYjjJDqLyecQ3q
kh3iuWX2RQgoUCee1UnJOZ4nB3Edd8pyMGoJ1SdBhbaxAGnfWSNSx8R6/tzjq/c53EUSlF7oWInA
I2DuFgcZVQq+H388vCC+GhhMNdDBd0NJ3kbe4/+plkQzF3ls2Gq1tHZCmGjGQtRgiJ7NL1A27X/B
2adLsO2582CjUYcO2H+H6r9s557bzO3YcyYc1Ak2NbeFCGx1XNWHbqtVhezCReAIxkXTif0mAecc
hHreuigMTWxyOESSC5AKFtj3UN18mgoRU6tlFXG01uHYJ8FUGKxgh7A2AtNRQ4m7laOcEpVU3LEy
c746rZY8sslwHZhKT5cUPC6AXqtXXwHMzurz7ITYw9ThUqW5U4gdMYUaegA6Qx6EM+ENYMpUOBP0
ELNaTR9Do5lareAJmtZM2q0JytZTp2930fG9ya3kmlmsPZTKiwI4AvQKQS1wuIC/X16e6QwUTfIc
4saZVbpA0ha1cwYkug9Tdwm9y2Hlqb252d9a5rLRYasvHeYJ1r/a6i/RNdNFhpuW8sACW0m/++rH
lv3uZqsOvgf2Qp5kIYT11Re/6FaD7NWLGCcSsQefC4hUqvrccad+yMrP7Mrwm6zip/Oa/y3xm6iI
44QJFgqYJNEiTmtKMNduivU7wfQtaDLhNmW7dGYrc5P1EqWvnVxheZdF1Wxsz4jjIjHyPX3Y6M6o
ZFhRVSVak6PreKC5XKvuSoXQTHvQx5m42yOPsHynI7vbPljrFucApBamMdD0sKJCXKC4TtjICYKc
bOnzUULmBW+rTAay0TKiTaPAY8mwWjV/SsJRmbEDlHUFKNwSanTyKevPIJIFKy7NFdjKxZOd5C+p
tOEV3DJ0Lu8TXwgWwucFFxBG99luzBhcXptS/a9ed/kRZj46DK38gAaWki6LUDNSGZFVLEBNIc9u
wzyFNEFW9sj8kTdnLAlZ0Eyc0IvmTdVdOc1kvoMfpP5uenLQ3aH7liV3eyRvF48NYnPTp+6vYHFR
cRc1tBOieOIiMEpGkO5tn+6a0l0rklxcKM9PmCsiNA0vaWXkQiRN28rkc0NvpJSXIzmeboB0VFaG
tMK41/p5Y2Vjxf7INlbEVU89eW3VmJpwErAf4vlYJnjYB9AsdGpekMv3nA9jEOElal/bgUKNFS4N
ITeMeZOzwA8XD00WjqPEZep6ieFjJoyLCF3l8IXNuQFk/yKZpP01GMpdaX6KSunQJF/OJpHEwK0i
FyyucmISDjW6OkR+kRwotdVppIZuCaVsrJFLpXBjdR8oAzeKNzL58/yEDyttg3W8YQWHIq1urxUJ
D0VCAUmHXwV5BimTqt4tpXReodcjdPyn7D6d7snMT0nRiG9Hs2HrZXz0CsyUCz8zHPhMbOUsm/h1
pjRATvcjiIyqeZvNZZOySi73fz3aSG+SqUAG1/pjDnYyTl0Vnp8BUHKWXTZ2OfgKUblliH4JVZWY
PD/D2A892dCe+6HHYjGFNuAuIP3OHpgLIkKn13ZxnKclbKvwAHJTGWsYUdtfTz6Nfjk+OSQVYcRr
Dcw3sqyIr+GaVUKX89AXuAi+dvLIbDJdzhaws6NJUFiEZE5MKbE0fEQtal/iwpqruM0z5oWaibDc
+cL6cFqcKn1XuCp67exUsRYxrq9HuTBuGfsom00Mqdb8pTUzeTxbsSc9RP/npbFq7Xz3o+weroqx
BuiwkomSqYxWk+L6za0dRM68Nqj2QdgguzmYaVhdtRIvbWXm3zx6sL0v3hAvsdrtrzTZhsHW+tjz
k2Gl5vlJ6MyZJJ9M5ctrPQmprLqYx0Nd1NxRiO1UKpTTuaGiWE+F7EHcM8uoK0LV5Z3j6D5Mcx/T
uuw6MlV1ClUGv+lSS579mPZyXgR62dJJaiLly2klrRPdINZRInVhencXlL9j3KVdhHT6memquZPM
VALg5f7lUbPStStPvVfqdsDSStdf8RPCW0XDnT/INbJaW2m4mjJuV/Nd31mgUv+hpaCLd/QLPhpL
++/ku9rFf97gP2/xn78VvZB0T5q4xsXvl3GLZqC8d2+RyEXO7hNrmlF5X/GQpI9xe/wLI6iD2/a7
njFOegv7C43VaXHqVaU9DIpeTO6CdbYJUnfMX7qpn86yjBN2ZAfcyg4Yavcu2IHSmDmYuoze7K7n
Hjq1zyaKRGmViYd89KALMqsSVWP68MEuCH/O+AAm/h0qm0W8Xsuo/bZBh729VbRLdvfGQXxuXYye
sn2hfrhG3W5ahdXX3HGZc8kbmxxW/pMHYP8lUZUXmU/PD/UuMS/bsv/hRoHK8lQ6L0Qr55GiRZGL
OVf5yfKeAImhcmp2M4fi9Wv40dw5CHkA9sK2obCg904S+uGknwvE6Dij7k0NMEiXP1mEnB4SwFpf
cKg87S45BP5cPixg+Bu5ULWejPR11a9CyHrGh62N4gsIktjpfQJ9HovABt+vAOaO5fJk+1NEgxTG
nkG7JTtDj4dJpafPGJXGLOg/7Qgae8R2pyfRWCNfOJxH+a/yWYqKPnBLt1PwZ8ZXsaEvUVRlq4fS
lFN59eQc9iDMXh7oNeh1lUqnAZVuAyq7Dai8gWW1tNfn3J0bw0NzZ1zIz7b86MiPrvzoyY/dlHfy
4fcZuWK5i991KKYJgZpE29LfOum3bvqtl37bNa5hZDZgJXvo/67bNLieOn+wJnygH4woizCger4p
Bg4pw0E5Ny0rK1e6CDfodvtdrzzu84Jel1t7FYpHuzpAz5I0gPlwSvaiiFb2aizFe9kslNhLaSTH
4avnstZgrRril+ep1pLeQimGLkriWcbRdDqh1Zy2Ij7pRHPNZYC2k38LpDjfQl5fsWc1wXR1Rwlz
eESRsL/17ZDdsWRpma8YKYAyC1V4kscJ7p1HXjdgZInmYn88ShhlIHj13As5rORJomQRNmUvtm5U
XG0TmwKoXsIgn7dCDy7ZCePCSciuF88qyCiuQNnJiwrexKPYNr2ctfJmjswWQ/VQmlvkzkxjrpyL
bXlbDjZ5P3UrlHOpW0mvGzfkTTISdOOpsmulp5MzpdrzvOPOWmkXXAyjWRY8d2euRW88GKZTDKUY
5PLG1zk+Bcdf9WAZvWdetFWpFROHehY859+kqT7RTReyL23zsqjVAOv6Osw/4lBp1Qcv3FQyX1+o
tNLnF3KdGo83/KzeR1GPMMCyWi/4ddqE5eKnNM0fh4X4aXEHSYtb6UI0Vuqm84K6cWduv+wuXjqe
udmcRvc5N3XbWB3th8onDAjs65+tkjmSdG6chR4MkcueKVovQhmMOoBWkQMzBlzUxmkTuqgYLdDH
VMEM1cmX9t8ooRnKGQFKESNomStyi0L61Sh6lMih8jpRmUxZwgaoNe/9QPdLq5t7c8tcPKVNMlx/
LMf2T44f++6MwyImL1y/nEc3vdfgs7rNL1xQlVfP6rlXzLDEjhKtEjXdjO2yCV0Cox8Yy0+u8tRZ
ypxr9SgZl9mzuXn8f39lhR5+/YtvgHzh/le3tfr+J4J/v//xbe5/mG//Zu82kpte8pIu+n3DwqN4
TeqiGOkh0BdDv9SsD05AX4D7k9AJ0NZEIYV+nSTwWQLqacosb1X2XF/zbCgCkANB3xLGhwenJ5fH
J5+OsgmazkSS+hJpg/33+yeHpye5GaWPAEiB2UkW4ddMTis9+TYjTlOZJhmDAH3L+/3p6SWFzD5d
yMeGeS5rt5WecpBT9UKrdGtdhnB9ZXdt7M5SoqxZpjz+X7UNoQVRWTudLPRBHdELm0ZAHCmf3gU0
gmxc5rKk665Nku6iYJUmSWw89CycCW/qLLKmc8/7zkJE3HUCP5z0Kb3nxJkz6K7k0Rm5Rkn8NSsd
RrC+f+FQTlPuUdgqT9Pa6DJ4GEHgj5n76AYMHHljnp6UnccBE2wtt6cPeIOlYYndip3lDz6RQr5n
kEqjZftevQiZcOdxaFU6WZ9E+mGlLVOkhopOaSdU4Pt0Vq7OHw3CpHOy0/5sNWHbKMIhbDrIkS8/
2tiFrfqwaWBdrZdJPpFt28ZkZC3ikutcjodewSIQOnlAvzR+9n60/+ny9OJg/8Pxya/p09zZ++Lm
mapts9CLIz8U9iIJpOSVtbZSP0+/wL2Op2zFUhVF+pecPAWanf28yANGn2td0++3Yv9z/kzr8Ff6
f29X/b7U5+v2dov3/3u97nf/71v8vYJLckxcP0Z7lPdQ+jBhIUscwbwGeJFMfvV8sYONHukpaj+U
z4pJN4C0ImvI5OhmY+PVWh+HQEUE0QyiRLkSDYhCt/DgNZ3msNBj3s6GVHzyxmpZl+MoySp+2z8f
edHc8UPru0Jb/yfzQP76+/8vyf/K93ar223/ALvf5f8brX+rbXNfsL8oDvCl9196K/v/TutN+7v+
/zb6n8K87T4gA2zsZPtG+TKItSEtRLppzSl9/BIyil1PWRDkjYDDwQFZHifRnc/9KGRJFTca9ESS
FzGOJiI95PBDaDbwX/k/5hhHydwROxs1vYVgZn4q7oTVccGwqnaLT6vKf2nBHt30kD/VhQE+je5V
lNpKH2VTP+vfzcX3v+9/3//+I/7+dwAAAP//e6QpiwBwAAA=
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
  pb_emit_boot_begin 1
  pb_guard 'sha256:02527272471c6c910cfdadabb3bae581cad8cdf04a2925eef52c1eebf1c368c3' 'error'
  [ "${PB_RUN_ALL:-0}" != 1 ] || : >"$PB_DIR/run-all"
  pb_fetch 'domain' imds 'tags/instance/Name' 'imds:tags/instance/Name'
  exit 0
fi
[ ! -f "$PB_DIR/run-all" ] || PB_RUN_ALL=1
pb_load 'domain'
pb_run_step 1 1 'site' 'sha256:6ea5bef9bcfad2b2ab5ce5ab9916ebfda71e2e6fbdcdece7d15be6c135dcbdc9' 0 0 "$PB_DIR"/'steps/01-site.sh' never boot
pb_emit_boot_done
