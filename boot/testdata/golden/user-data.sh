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
H4sIAAAAAAAC/+x8fXPbNvJw//an2DByJNqiRcp2cpEi9/Li9jztOZk47XMztquhSUhiRJEsAfnl
HH33Z3YBkCBF2en9rp25mWgysQQsgMW+YbFY4CpNxR6fffdnflzXdZ8fHNBf13Vrf70X/YO+LpPl
nnvo9b8D97u/4LPkws+/c93/xiTNyf2PfLKr8XTp52HHhvstgOxqPEmXSThqdbKrcbTwp2wcRlPG
hb0FEE3gHKyWBrJgBFbLs+ByCGLGki0AABbMUrAyP7/y52yA5UDdwCyNQ06/2W3GAsFCQBDotDzb
oqY5E8s8AXcLYBKVw/VxHJRTx4/jPzIWdV9g24UkFdDyhpAvkyRKpsCuWX4HXLAMfEEjSDw+vBl/
/OV0/Prnn0deI2K1cXM2WXLsUKQQpMkkmi5zBmIWcYgSLvwkUMgtOcsh9IWvSMDBTxTG2FMIN5GY
QcvrwtVSlNNpc2h9eDP+5+vTkx+Ozz4B9+84GFw4etbfKpDc31ptZVfjnOF8omSqGFtDmSbd8iBh
LOTggwSHTqtvE32JGpD5uYBpyjikCfgTwXKIiEbsNhLgvTyQY83SdD6mmcaxGu5cCsYTFJAPb8b/
eP/+Jwsu4dkzOAcnBKt1j0R+//7TwFn1rv28F0dXvSBOlyGCffliknwxD6McnEy1wr62ezsrxCPI
5DjFIHtikVk4TDBbpCG4L1y3oXJxDc6kXl4iasxqEiURn6lJBT5nSLRISp9r0zQRpw+vP+JMUFBv
/HyhprCojGLBcAhPFRl9gnOWWRc4y6+jgAFLRH4HEYeE3QoawHt5YNMXpGe1KxqgxtMkBaKgEyWR
gBlDGUwhZ3y5YFWeDlAFpIDyII8yAf7UjzSLEVTKg6VGJ0VcY1u+THr8jgu2CNXfwhKA/B2IWPU0
BBZzVvwgLSINRkFy1Y/hkL7slJN+8hXTrkprxGGZSK6xUIoy0lNCaFEmNYuK6dG4jPuBlmyUKa1G
WZqLQqg1Nu9OPvZyFqS5FtcBHNUrNjTYC2YsmPON7XT9uuB/PP7w/uMnLfqEXMBHa/hkV2PZxWhz
z8qy1kRXS6LWU4X72afXn457KK97xZwNIxz4YiPcGnJrs/Xj2Hqkm4Jimyi5gYTUN/SPeiG77iXL
OCaC02AbiCdbPEZAjTMJMQJHI/yV5rR6QpRU9cTqLbm0b9mdmKXJfi+MuHAyP5j7U8al1UOV7V2z
nEdpspfdPdLDTo9Hgj3cxRDCdEuZjlwt2soES5xbHc5CcBJo895v4/Gvxx/PTt6fjse4qF909nYu
bKvVu/B6WVu3trHxVc78+RZAmCZMzp+jt1AqvOMoJKqkB/9mDu3TjzAagQf3kOVRIqDVh1Ub9f3D
m/Hbk1GLUMMfZ+/oBw/h57e0Er+lDpxr4MIXS+SNZ+HPzzxNJKOkfkhj3qapvzn+8eSUVBc/yKFO
BCPwhhDBK+gfPh9CtLtrQ5qH55wQmnSs7cDqQmRfwgi0lcpZEGUMRnB8+uvJx/en5xYN9/bkw7F1
OYQ8jdcq3/9MVdJ3qlW+O/nx+OwTVgdRrertCRbzsFZ89s66VLiQlavWogqr+hX9P1kmgUAO/N7h
XQBIl6ILSReiLgRduOrSst+Fz12YdyGd2wWJ0iX2bVlDSGAEMUumYtbhdjMBR5Ao+unmAAGakeUV
FzmOHHXBs4dwBSMicXAJu4WxJyPUCVAcrAvLstXY+L91cXFhWQUcrRwG8MUa8EUD8BW8gv0+qvwV
iVz/hdmq4PbFxXLbPbi1unBlN3fi9f9mtgyqUOXUgagKI2x1NMLFm9QF6dTv79vwPXgwUJX9vlG5
/xIr+2XlgVtWHhxg5T4MDMIBpHMYyeGOgIAj2JW/kSsGILHss2RZOkfIzwTCcHH8TLyDuWKPwTfY
ReHwbGLYkEgxl6RAgs7hCLyXni3RcJXQlUyVA0n0RtDfPIZXG6NDrFLEoQGfuzaOqCr2X8iKI/AO
X5oVkmLUAglmVBwULQ727QcwRiQN8TBFmCayS5Icwa6i+0qyvyKHy8lkEpaiqAdZFVaEXFqUdtVC
CXlNaZcJ44GfsXXd/XMVtUkxLywpXa8gQQpFu7vDZh0vCaGaJhZ8D9ZFYsEAEV9V1WZdn2pUSpfC
oM196Yh2Wn1cYn1B+MAIfHHe6l9KAWod0th8HmUZCwl3Ls6jS9qI6FKbPELZoKlWpMKPwRlBuMyx
VmMm9Z3G3N1NhmpgXCYKkMRfMGwyglZ/CDOfz9Sv/SFkM5/ryoOhwmsErcMhBGmoa54P9bAjaL0w
p33YiOZuASZxOD59V1ALV0pcmDpyyUTSuGhNrHSOXDGKcaeBFcWuEeutiR/FrBBoaTHBur9IAC4s
uSZeWAPY5l1VlMbVAnTQVfigUk7+yhgdlkqx2kxUywjHShG66GMkGZWGqpTIMeYsSJNQwu/tT7oX
idWF3zsSWZu+prH8osIa+DWI6A8P5R8km91VjkZXEfqIPA2DIbQQI0ssu6ANIhJHExbcBQYpCAUE
t6u9mK1wQ05on1tVoDhKkId6v+MggwZgVZha8rTC0k0c7VgazrItGyzlpYz0l3J1lHMfISm5pSjx
B4yMnuA2Rx4B3F9YqCGKMHBhoYaUv0hDyp8V1jfwHS6scJn7aDPrfF9ZXcTtCDykQZfmbhFzlYbS
d6Wf9F1rp5IA+U3pZVerZIUxADMYaR0fokXs9H7jM79/+HzQ64JldWFWtalK5UfELFtzlv6UFN/m
g21eUFyh29UGd9alRbNva5wanJYmm/bgWI8MJKlRM9Mlay+1UtPmSIpwFzoJuSa0BAAoBlQJiOuI
dmpuZlHMoNOZMkE4xvAKZIfYyDWFimdxJDpxF267YIFVEgCX9ttz7xLOfnlzdvwBbs/3Lyv0f9KZ
49LBGUtsXD3wy/n8kux5MET/hOXopI5gbqxXgt3iWhVvNflU5E09V66UFIHz3+ByB5QEYOMSwwDn
JkcsmHAvdb8Uc5r2f00Lfu/cnvelVBd+BSFly7oDrLs9P7zE/5+vsXltroGaa121SYg6n9dVTs5Z
0vbz5WWzBSylaMJEMGOlGAWPitHiATGawCtQPW6Qo8m6HDVYLZ4u88AwTdd+vJRISg4EfhwbP30h
2CITRkmTfVrs7tatE4ov8aNP/Nin/w8uJYeq025QxItkRYtNZ/Eo0eTuG2kkfYe2JlMZ81AFFhTB
kCIwYsmIQM4CXo+nmptwo0CF06jPSjS1r6OpnC9siibwhQTTkd19/O/AGmrPUEUJ+b4E36/BgdW6
Pxw4K7MBPAUfJlHM5BlAnPohCyFKRCrPI5LrKE+TBUtEGQjs0CjLhc/n4L54oWJUFZQBokXICQ38
InFQ6AGNZ1NYy3EqVTiAiln9+vrjWa/loYtFu5b7pmONIF3GISEu6XLt55F/FVMoepKnC8BZyzOA
wn32tqSEZFdjnK0R0eRMhzM7xeQoKCTlqL3N2/LMpYqh3dgZ/ixPjq5HrU4xX6Ot0f2tXQb3kdbX
fgzWh9cf37z+6Rjhxy1vdNG6x862b1fyqCFLc1EHUuPjBMrx/Zv5qO3fzNsywknxov8HZTTqmQdf
YJqzDJzfYeHfzFWwWjW1VIMoESz3AxFdM0uFqlsSBJxrCKN8VMyOIlC4dCq9OTs+PTv5dPLrMVXk
DOkzslr33sBxVzoqVWz0iHooRbTBSxZdmHQhpriMKC3V3LBvCa0caLdoUNnIMF5f4ZNNYIRzAKtn
QbI4j8olsmkNniizictnrL1dfr67S4tYbKxsKWedSePygfj0FT5zjQ88hThNyNucRDkXXeAp+ECG
FYI0EX5EZ3R+kooZyyHigMxmIdzM0piVqzNSxJxFsWJF4MhV62gEHoqg3iWff7604ZX+KewhfHYc
nNVn3OXT4nz+uezQKBeV6a3MGCMoVVjfr0opIJfcVlBV177lblps5zpGUyCj9/1rTMtwxknIbjvY
a5emYK+tebAe45DgXhcypJcN1ivOEh6h9B9ZRkOFbKVVBrsVqtprsY+iHY5YLDe11cusmEziJZ8p
Eq3aW6ut7759/sSP3PH9uRkgD+d/uG7/uVvL//Bc7/m3/I+/KP/DzPKop4FsGaew90YOwnZvZ9Wj
eIRsp44zT344G0HO/BCcvOgEXj3WVp3LlS7IRYJOyL3uYeAkacJW1jdr8F//xNHVn53+9Yj+77te
/3k9/2vf877p/1+k/ws/n7McNb/QwMFA7z62+WBQ6OOHN+NP7386PqV8Aau1Yw2B3HC2iMSYC5aN
r9g0SmRXumOg+IZDNbhlafWhtb/eMp03NkvnD7Th8yhrbIUVD7Sb+FHc2A4rinZAu85a05yJ/K6x
LdVsbEwb54ZJUrk5S2gdQOuwoa2K3Ta2l3UP9SHjwPXWKu1rE9IprzdIuQSugF35nMlVpA6ONY5M
cGt5lTYqd6HeQBVvxEhEwRoJsawCdOMj0Yozhjo8VjtlplRtKnPWLMQy+F4K8XqzME1YYyusqIKn
qdgwSpqKYpT1No1DYBNziCBOA70rNhN9Ph6/PTk7Hr/9+f3bn+R+FDdGOmPraZlIlS+ThOUDmLAb
ShTkXbhJczEDH7I8DRjnwPxgpjNpEj5qdUJfMNjd5tunZtoH7fYliBFAoYIyiNJuwxfYOd2xy9jJ
DgVVFthxR0L3wJOG1baLwI5rRlSMpFHDAVlmMNb+h85bwzn0lpmIFqySHmTkNCEV+YgckGX2dGdv
VS8N+FO3KJR4KujtvZ0V7BC2sAsKGMlNhbRFYjFntbYF/WzVlgAnkYrZREnASteMGCy/hopCCw4O
tDxqpVJ0QwucKQNXemYE66q8MdUohO1yLMma+6dYv4Iowb0gwbouxfpgOIS+LipKFOWxs2XZbU91
u0dwcg7ZfDpe+Ik/lUtNmTG1oOPcTDhTJiBMJnC3XICfzeHfd1nG8iKPKZpAkC4WfhKCcy2nuLDA
SDHqHz3zDB6u+5PUonrMLLfeJDgqoakIoBHWfma4xCK/0yRMl2LU6izmgi0ypJ7chg8KZBW0JAiu
C7vgqe3xfTFZJ4V3H+bTweDnNJgPBp+iBcN+vb4Lzu9gtf5uyaDVs2cyJOjCEU0iXYq9PLCKXMjW
99WKIazgCwjGQJdaRdZboGJ0Jry9VSR5yrhuYIGTSNGhTEAqFfmdBU4swJPlipA6nuYwaL8tIpU4
PZTSNpX/klC8UqTgB78vo1ymo4bZfCrrI07ALISruyLio0xNu5xEhbkNWaB68Qh94ePKA0W/ZDLy
uyiZorAdci0FPGYsg0N9IJUmIkqWrJQJKJJ4FQoVupkBV004LUhS5lWCXilC2UJm1hvasDnwm6TA
l1mW5oKFxeRUK5Bbq46SpS5qThdVp4u601XKY68HhvsvVGi4sMXZQtti1ZkO47w7fnPy+nT8w8f3
p5+OT9+NkjQxYqNFBi/FZ2uwZfzrCcS8ns6oE779TPTiiAve2xl/ULRq1miQugjLDA2lkUCsylX2
OTh34DhJ6qjfTs7QZrCEovN/R5UpAlP31T5VYuQf6GxYRLHUMoTG6wvywJbikC0ssy9CQIH62dwm
I+eHoRwk8IMZq8AoFqq/BJU4BgOKvstGZI5J9KJFqMXOsJrBMo/rBCbxWztzQEDKRWchC2UeuR/K
44aTf747I7kaGkI11McNhpG8SsO7/9RK4jKXhmzkuq62TgiTzlmCFgzRc/gZ6qbzL/jwyydwnIV/
6+CiDn1w/gHtfzn+DXdY0HcWTPhoExxq7ggRO+o8bgD7rtuWpxU4rV7sC8ZFz8+iHgFXHAS7uroo
DE1sKjikUgqQChY4N9Devp8JkVGrVRtxtDbhOCDFVBisYYewDgLT4UqDu1WhnFKVQt2xsnS++q5r
Q7EgEK5D0+jpkprHBXDgHthrgGUyQlWcEHuY+VyatGAGmS9m0EEPQN+QAeFPeReYWir8KXqIZa2m
j2HRTKtW8wTN1UyuW1PUrfv+wNlHx/eywskNs9h4DFdVBfAFaA5BJ/a5gH98+vRBp9hoklcQN07p
CgbJtcirLCDpTVK4S+hdjlr33vb2YGdVuY0COwPpME+x/unOYIWumS4y3LRCBpbYSvrd509c5+Xl
jg1RCM5Snt0hhNVoJ5qWKbrVJHsNU8aJROw24gJSdclk4QezKGHNp5RN+E3X8dO57P+W+E1VxHHK
BEsETPN0mRU1DZhrN8X6jWAGFvSYCHqyXTGztbnJeonS106uxt5V3TQb2zOSuFSMo1AfrwZzKhm1
VFWD1eToOr7VUq5Nd6tFaBY96ANc3O2RR9i805Hd7b7d6BZXAKQVpjFw6WF1g7hEdZ2ysR/HFd3S
J8KEzAPeVpMOlKOVRJulccjyUbtt/pSEozJjByjralC4JdTo1G+IiHzJ6qw5B0e5eLKT6iU1D57C
FUPn8iaPhGAJfF5yAUl6U+7GjMHltUnV//p1tycwj9BhcKsDGlhKuiwTLUhNRFaxADWFqriNqhTS
BFnbI/M73puzPGFxL/eTMF30VHfNNJMZHlFc+LvFycH+Xhb7AWu42ydlu35skJmbPnXzDIvrhrtu
of0E1ROZwCj9Qrq3A4joXpifSM1FRoVRzgKR4tLwkFVGKUTSeFapn1t6I6W8HCnxdOunr/JQ5CqM
e63vt9Y2Vuz3cmNFUnV/QPFUc2rCz8G5zRYTmdLivIVerVPzgmy152oYgwgvUfvaDhRqrHbdD6Vh
wnucxVGyvO2xZJLmAVNXigwfM2dcpOgqJw9szg0g5wcpJN7XYCh3pdUpKqNDk3w4f0YSA7eKXLCs
zUlIOHTo0h/5RXKgYq0uIjV0T68QY+Pyl9TCrfV9oAzcKNko9S+Mcj5qeYbohKMWDkVW3dmoEiGq
hAKSDr8K8gwLIVW9W8roPEWvR+j4T9N9Wt2TmZFToJFdjecj92F8NAfmyoWfGw58qbZylj38OlcW
oGL7EURG1cLt3qqn7gD+eLxV3AFVgQx9aRLNXT4pXBVenQFQOprTNHYz+BpRuWWofgNVlZp8+QKT
KAllQ2cRJSHLxAw8wF1A8Z3dsgBEik6vE+A49yvYVeEBlKYm0TCitj+e/jL+4eT0nbqi6VWEv2DW
H5GadUI3y9AjUgRfO3kUNpkg6AjY29MkqDEhX5BQSiwNH1Gr2mNS2AmUtIXGvNAyEZZ7j/CHE3Pa
9F3hqui1t9fGWsTY3oxybdwm8VFrNgmk4vlDPDNlvOTYvR5i8P3K4JpX7X5c3sNXMdYYHVZaomRy
p9WjuH5vZw+RM6+Kqn0QNihvi5YWVletxUvdcvk3jx6c8NEXIhpWbe8rl2xjwdb2OIzyUasTRnni
L5gkn0xerFo9CalWdbHIRrqot6cQ22u1KIt1S0Wx7mv5krhnllFXhLLlmwPpTVJkexZ15XMEVNWv
VRnypkstefZjrpeLOtDDK52kJlK+mVZydaK7/zpKpB5MODwE5e8Yt+CXCZ1+lrZq4efzkXFdu7Xv
tO4PnqrrD6vijrmWJ4S36gt39SDXyON1jUvaaR6uZ/i+tEDdbQBXQdff6Kj5aKzov1/t6hD/e47/
vcD//lb3Qoo9aR4YDz88jFs6B+W9h8tcMrm8yq9pRuUDJUOSPiqIQbexHh5BHdx6Lw+McYr3Ex5p
rE6LC6+q6GFY92IqTyOUmyD1OsRDL3UUs2yShD3ZAbfKA4bOTQBOrCxmBcaW0ZvDzdJDp/blRJEo
bpN6yEdP9kHmkaJpLB4+OQQRLRgfwjS6RmOzzDZbGbXfNuhwdLSOdsPu3jiIr/DF6KncF+onHtT1
rXVY/UAFsrmSvLHNYe2fPAD7u0RVXl5///Gd3iVWdVv2P9qqUVmeSleVaO08UrgUuVhwlZEtL0KQ
Giqn5rB0KJ49gyfmzkHIA7AHtg01ht74eRIl00ElEKPjjLo3NcCwYH++TDg9AYK1keDQuj9ccYij
hXwSxPA3KqFqPRnp66pftZD1nI/crfrbJZLY1Yc/FLAh92uAlWO5Ktn+ENGggHHm4LmyM/R4mDR6
+oxRWcya/dOOoLFH9PoHEo0N+oXDhZTxKx+UaekDt2I7BX9kfBUbeoyiKj8/URdVsLx9+hGOIClf
mzjo0utKrX4XWvtdaB12ofUcVu3GXr9ULhUZHlow50L+9eSfvvyzL/8cyD+HhexUw+9zcsUql/lt
qKcJgZqEZ+lv/eLbfvHtoPh2aFw8KdeAteyh/1u3RXC9cP5gQ/hAPxLSFGFA83xZDxxShoNyblyr
LFe2CDfojvfyoDnu84Bdl1t7FYrHdXWIniVZAPPJo/ItIG3s1VhK9spZKLWX2kiOw1fPZeOCtb4Q
PzxPxUt6xageumiIZxlH08WE1nPa6vgUE600lwHafvX9l/p8a3l99Z7VBAvujnPm85QiYX8bOAm7
ZvnKMl8xUwBNK1TtSS4/vvHvuG3AyBItxdFknDPKQAjtyttWrOFJsnyZ9GQvjm5U57aJTQ20eDSg
mrdCD645OePCz2ldr59V0KK4BuXkDxp4E4962+I62tprVzJbDM1DY25RMDcXc+Vc7MrrgLDNB4Vb
oZxL3Up63bgh79EiQXe8WodWcTo5V6a9KjvB3C264GKUzsvgeTAPLHq3w1g6xUiqQSVvfJPjU3P8
VQ+W0XvpRVutTj1x6MCCL9V3iNr3dLeH1hfPvA1rdcG6uEiqD3O0XHv4wN0s80WNlls8qVHp1HiQ
43v15o16WANWbbvm162/9KWn+WRUi5/Wd5DE3NY+pBNlbvoPmJtgHgyabh8W45mbzVl6U3FTdw3u
aD9UPgBBYF//4JzMkaRz4zL0YKhc+TTVZhUqYdQBtIocmDHgujUumtDVzHSJPqYKZqhOHtl/z9I4
NN5L3PyQYNl00z5S7Um8QhDktnzG4tBRz7qRONTm0PLgxkcXGIWz+hBhh56f1MfvESd8omRql6Ht
XFRP5CQCz56ZW0J5Yqi41khw6kjmwFyh8flq0oeUoKLyVdFIzljOhjSnKNb9ktRWXgE0hVJZya+a
xpPmifxB1LIomHNYZrTx0I+F0u39DaiuRzZqt5Dl/UK78uQiljhprlcBTVIjQmBCN8Do1xBr4nLf
X8k0c/WCIpcJw5V5fLul87/0kXHgP//+z4v1e3/VOz+1+z/73ndw+O3+z1/Ef9dzeCTYn3QT7LH7
n/tr/O+7h9/e//5LPk+lm+cNAAVga698ZFXeDLS2zIch2ugjsHxMhyttdFmMVxnCdOFHycpqD7fq
VdOcMdyLrKz2VhvIhaeTnjYlYeHIbWijjLShnaepGOB/7dKvg3YyjZLbduF4FAXfLPi3z7fPt8+3
z3/2+f8BAAD//3B9lK0AZAAA
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
pb_load 'domain'
pb_load 'greeting'
pb_run_step 1 1 'site' 'sha256:f1931d17e3e490ebd43c920a098b38c94af9757e8b1cb8dc302b99ab14d25992' 0 0 "$PB_DIR"/'steps/01-site.sh' never boot
pb_emit_boot_done
