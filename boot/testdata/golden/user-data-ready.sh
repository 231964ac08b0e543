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
H4sIAAAAAAAC/+x8fXPbNtJ4/9an2DByJNmi9WI7ucpVek6itp4mtsd2evcb29XQJCQxokCWgPxy
tr77b3YBkCAlO+4z1zz3zFmTiUkQWCwWu4td7ALetdgUk+/+0l+73W6/3t6mv+12u/y3/ebNm+yZ
yjvtre3X30H7u2/wmwvppd+12/+OQdqD+z/ySy6H3rUYpswLbusNuKsA+PFs5vEA3CvwrgW8bQXs
qsXnUQTdt686cH9PtQCYP4nBSbz00puyHsgJg71/nMD7j/sQCuCMBSwAGUO1s0sfk8jjEHIhvSgS
EEoIOQjJEuzFj0IH3r7qEuCUyXnKodN9UwFYVADOwP0XONW7vX+cDI8HP+8fHvTchXr9MPhp7/PH
07zYgQtEUcNoVwCSy2HKxmHM+9V6cjkMZ4FAXHw2Y1y21KdG3qYCsAy4X82gVADYTRKnckW1yqKi
CKpJ+cvhp0G/eod/em4rjWO5oFaD993hp8Hp3oe9073hyeD4t/33g+Hg4MPR4f7Bad+pHr0b7n/6
cNJyqPbR3s+D436tBudEHkWF0+P/N/x0+GHQ9wIvkeEVEX/4ae+fw73T08Gno9OTvlO9O3o3PDn5
lBX13J2FQ7PqVP/uVBaV7y7jWP7VCuBx+e9sdV5vleV/p9N+lv9vJP/juZcGmmGTy+EonvPAiIo3
ZsMgHDMhGxWAcARn4FRNJQf64FQ7DlyQgPOHtAKBgUkcBYLe2U3CfMkCwCpQr3Yaji33KLOjMO+u
i/0gn7peFP2Zvgh8hm0TeCxJGaVzzkM+BnbF0lutgiT1oPA4ejc8/nww3Pv4sd9ZiVip35SN5gIB
yhj8mI/C8TxlICehUOqO+xq5uWApBJ70NAkEoEYkjBFSANehnEC104TLucyHUxOAGuHT3sH+T4OT
UxDerQBrFpTe1EhuKR2UMhxPyMd6Ykso06CrHdLSAjxQ1aFe7TaUsqbXxEsljGMmIObgjSRLISQa
sZtQQuf7bdXXJI6nQ63YdXdnijFeIIMcvRv+cnj4KyrmV69QlwegNNPx4eFpz120rry0FYWXLT+K
58Gy/p5NgzAFN9GtENZaa32BePiJ6ifrZFPOEge78SezOID2m3Z7xcfZFbijcnmOqDWqUchDMTEL
oycYEi1U3NduQDorAHJgd5c+db7fbtADrV2jIhHu78uzwWOgsbshDyVMGHJPDCkT8xkrzkYPmVex
lvDTMJHgjb3QTA5WVTPp6N5JhJYIns55S9wKyWaB/pvJMKh3X0Ya0i6wSLDshfifZA9ZoK1f9LDX
80G/eMKwi3wWCphzRW8WKCbk7EbJZcaEJCBhNjzqlwnPNzyJ3GAEANfojB0NNh/2j1sp8+PUMFoP
3pY/LPPc8eDo8PjUcF1yOfTDPiqDOCWNiZZMgcJOay4UTye3chLzrVYQCukmnj/1xkwoTsfJbl2x
VIQx30xuvwJhvSVCyR4HsQtBXNFMl2pFrcVO4VytCxaAy6EmWr8Ph78Njk/2Dw+GQ1Tk5/XN9fOG
U22dd1pJzbRuYOPLlHnTCkAQc6bGL3CFyFnFdTUS0LXMxXvwrqdQOziGfh86cAdJGnIJ1S4sasgp
+NW9AiE9ORd9EmT3ClLmhwlTRtDx4P3+0UAVx5EpPPyoitTC1NfT9/Pg5JSKv4iYm+Y4bUq83Svw
wz6Nyg/pVQTqVQQO1Ihsozn3JY7ij7powB2Mxfyy3jo/bzXBOT8/P3eaIBq7utjRpY4u1RrLOXcc
EOrPgqDeaWblGxvmyZuxM34Bfah2d2HiiYl+29qFZOIJ83F7F4TUzzu74MeB+fJ6F4J5ql/e5MJe
r+6Q0hXTMElY4DRAxtKLYCOrpnAaHHzI8EL6M+hDXU0ETla7AT+CE08d6NnFqNbwQ7a44Hdn5IUR
C4xI0hyPwLk75wDnjprNc6cHa6Kpi+KoWIDaQFsZhXJi8SHyeKFYa65iGeFYKEJ9MESSUWmgS4kc
Q8H8mAeq/ubWKAPCEio7c5rwR12h3qDHOFIP2hbCRz+kPyJQf5CIjaZm5qYm+1tiRk2ZKORIZqP/
XKRhD5wC3XOyF6j+ENHrjqnnNJwGOJlI6AcQajrqjkKoj6MVjkbPaGtUY/UQ+tDZhRB+6APfhXBj
o5FxSD6rawJJBXB37iATa4LDuYNMnL8RE+evhdlZMTVw7gTz1EPRK0/Nwmkibm+hgzRo0tgdojgJ
UXhBzyRC+lkJkH4RUj2R6IQXTZKa8KI4MQAT6IOGsQsk3b+Lidfded1DIXeaMGlkdVHKCCzODU5W
w8ws/ckpviZ6ayKjuEa3ieCFTOuTJnSa0Ok2DE55D7Tg5t0U5fnRvr7SkaKG7mdRKU/thZG7CfOn
mSDUObxVjIlf9QQUCehDPzMFridhxKBeHzNJOEbwAyiA2KhtM5VIolDWoybcNMEBJyfAFPpwc9a5
gJPP704GR3BztnVRoP+L+pR2DxjjDVTU+HA2RWW4seHvQpwGLD3z8X2ajRNAojnRhygrIMb/ohj/
CzL+6134goyvWODsd7hYB80B2DjH0MexqR6zSbhTGiRncxr2v00K/qjfnHUVVxMuqmQbS27Odi7w
/9dLk7s0Ql+PsCzQxDr1L8uCpkaqKPrloiQ5y7wzYtKfsJx5/K8yz+wR5hnBD6AhPsA9o2XuWaGr
RDxPfUshXXnRXCGp6O57UWS9elKyWSKtklVaabaxUdZJyLQ0H12ajy36f/tCzVBx2CvE75wvzjlB
/irRlCWFNFKLes2QqZ8Zs7rA0dLXL1m5m6rYWTaLiw6SbUNZBdrKpk4K7lHXuEdCzBpkKoqZqmZc
tS38b9vJLCbtPIgtVX2rVA/t4h20iK0G8BI8GIURU059FHsBCyDkMlYbDPwqTGM+Y1zm/kGdepnP
PDGF9htlDJVQBghngSA0aJeQcNDoAfXXAN+T4LqFT9iB9iJ+2zs+aaEPAtB4cKfUj+dRQIgrulx5
aehdRuRbjtJ4Bjjq8mao3gpNLoc4WsvREcx4OfVscGTxK8aqrYma2kQpYthYCQxf862gq361no3X
amuBvynunLIrLwLnaO/43d6vA6w/rHb659U7BLZ2s3DyzdNSJd0/DiDv37ue9mve9bSmNoPIX/gH
5K7Gqw7cwzhlCbh/wMy7nmofVjd1dIOQS5Z6vgyvmKM92KqqoryItJ+NjhwDXEG1vJwMDk72T/d/
0z4IQ/r0nepdp+e2F0tuA1EPuagJvAl81oRRE6ImfGmCzFXX1FJ4nBYQVGTUqWpkabMnmGYj6OMY
wGk5wGdnYb5SrlqKR1qP4ioakWnhNECcbWzQWhZZC1wsWH20cj1BfLoan6nBB15CFHMyOkdhKmQT
RAwekKYFP+bSC2nTzeOxnLAU3X2cbBbA9SSOWL5II0XsUWRLWAiuWsbeojf56hVEjI/lpC7Ovlw0
4AfzKhu78MV1cVRfYAM6tEaffckBWuWyMDz1/7vBz/sHcAdaFIo+HJJNcQFZ5g1dq2jhV9sPrb5T
vfrmsxfPccCOszRpCY6YB+ymjlCbNITG0iJoAOD/2t5T1TtNSJBeDXB+EIyLELn/rWM11MgWWiWw
UaBqvqjmVpRuhz1m609pObM/jEbRXEw0iRa1yqLy3fPvP+en/MS/NgL0tfjv1tZ2Kf7TaXef4z/f
Kv5jR3nKYSAThTHWoIlBFGM+VtTI2l88O+uJxPNZ7+Ji3d7jcXqFL+f1s9+di/XzhrO5nu09Frq6
hwnzCGynYUIwuXVzzrHBncGh5/KYs4XzrGie9IvCy//l/I/uTmd7Zyn/o/Oc//Gt5H/mpVOWouRn
UtXrGWdlTfR6mYwdvRueHv46UGkWTnXd2QWy2v0o9o3ZroO2WPfoePB+/2QwfP/x8P2vymBGy81E
ml7mAaB0zjlLezBi1xSaFE24jlM5AQ+SNPaZEMA8f2KUDRf9aj3wJIONNbF2YAcdyB1RVSwPjwpy
L69Wg3tYP1hv5M7dOnl9MwRcV7Vb0FFT2cg399u2y2eFqVPSTxQMmicwhB+K8TYcQ2ueyHDGHBvZ
ogr1RZ/U2Dx5ub65KJf64mU7K1R46tprm+sLWCdsYQN0ZSQ3FZINxyLBSm0z+jV024bWrcqpDLnP
8sWAJlg9BppCMwEuVDvUSicFBA64YwZtFVijuib/RjcKYC3vS03N3Uv8voAQtbuq225Ttg36+V1T
lJVoyiOweQ62pcFuUj01hmQ6Hs487o0Vc+fxuhl25iXSHTMJAR/B7XwGXjKFf90mCUuzKFo4snOh
aIgzp5wPZc3h8qpELfQ3K6KtGUeH0zIPXyUPJdYiLNNbQ8J4LvvV+mwq2SxB6ik/oZchq2srgsj0
Fl0cbb/fZYN1Y/hwNB33eh9jf9rrnYYzhnA73TZ60E71747yql+9UnsWbXhLg4jncjP1nSyGW/2x
+GEXFnAPkjEwpY5BKvX1JoJdv1HJgtNUjLBdrliHcgSoVKa3DriRhI4q14Q0Dr/LoPY+20rB4SGX
1qj8M6cNFRmD5/8xD1MVRg+S6Vh9DwVVZgFc3mYuqVY1tXwQhcldEb3W0VjK6bhEds7gkspIb9Hj
DTnsCMMFImIsgR2zcR5zGfI5y3kCspwCjUKBbvaOkCGcYSTF8zo8nLNQMlO5PJY0PLwzxWMQ8ySJ
U8mCbHC6FZB5BXXNS02UnCaKThNlp6mFp/FIGl+mi5OZ0cUamPEzPwze7e8dDH86Pjw4HRx86POY
W5s3WeYBbSCV6uYO+guIRDmYblJMvES2olBI0VofHmlarZZoULII8wQVpZX4oMt1vgu4t+C6PHb1
u5sy1BmMByrHDu7vM8/5rghTh+X/BLDdzM3WyxAqr3ucg4Zih2Tm2LAIAV3VS6YNUnJeEKhOfM+f
sEIdPYX6L9XirjUBGey8EaljYr1wFojlDFJ/nkYrU0iXNkWxYiFvlBZV2g/d//ThhPhq12KqXbMf
ainJyzi4/Z9qSVzm4oD12+220U5YJ54yjhoM0XPFCcqm+084+nwKrjvzblxc1KEL7i9Q+6frXQuX
+V13xqSHOsGl5q6UkasjCD3Yare1h0MpnpEnmZAtLwlbVLlgIDSKq4vG0MamgEOsuACp4IB7DbW1
u4mUCbVa1BBH5yEceySYGoMl7LCui5Vp93eFuVWgnBaVTNzxY258ddtttYue47prKz1TUrK4ALbb
242linnQtMhOiD1MPKFUmj+BxJMTqKMFYHLyQHpj0QSmlwpvjBZi/tXQx9JotlYrWYL2aqbWrTHK
1l23526h4XtRmMkHRvFgnKAoCuBJMDME9cgTEn45PT0yqQCG5AXErTBCNkFqLeoUFpD4mmfmElqX
/epdZ22tt74o5L/Bek8ZzGP8/nK9t0DTzBRZZlrGA3Nspezusxdt9/uL9QaEAbhzFVzAGs6TU80p
j1JBDWImiETsJhQSYp0cN/P8ScjZ6jDKKvzGy/iZTKp/KfzGOmFszCTjEsZpPE+yLyswN2aK8zvV
6TnQYtJvqXbZyJbGpr4rlJ46uNL0Lsqq2XLPiONiOQwDE//xp1TSr+pPK7SmQNPxveFyo7qrVUIz
g2AiTOjtkUW42tNR4DbeP2gWFyooLUx94NLDygpxjuI6ZkMvigqyZUJWhMwj1tYqGch7y4k2iaOA
pf1azX5VhKMyywNU30q10CU06BST5O5BpnNWnpozcLWJp4AU02I78BIuGRqX12koJePwZS4k8Pg6
98aszlWitoa/nGD7AqYhGgztYocWloouc24YaRWR9V6AHkKR3fpFChmCLPnI4la0pizlLGqlHg/i
WUuDW00zFYIOo8zezfJOtzbphMeKbGLF2/s/nfRtjBLb6dMZs1hcVtxlDe1xFE+cBEbxYWXe9uh0
C2V3k+TiRAVhynwZ49LwmFZGLkTSdJxcPivGkdJWjuJ4yjnt6kC5WoXR1/qxsuRYsT9yx4q46m5b
HZSxhia9FNybZDZSMXf3PbRKQO2U/CLk4jYGEV6h9lQAGjVWSlNGbhiJlmBRyOc3LcZHceozndBq
2ZgpEzJGU5k/4pxbldyfFJN0noKh8kqLQ9RKhwb5eIBfEQNdRSFZUhPEJALqlKxMdpHqKFurs50a
ykvO2Djb9jZSWFn2A9XGjeaNXP6CMBX9asdinaBfxa5Iq7sPikSAIqErKYNfb/LsZkyqoTta6bxE
q0ea/Z9VGfwGkp0ykKGRXA6n/fbj+JgZmGoTfmoZ8LnYqlG28HGqNUBB92MVtasWrLUWLQr0n+79
PKhkuet6I0MY/TEDNx1lpooojgAoX8Zd1ffq6ktEFY4l+iuoqsXk/h5GIQ9UQ3cW8oAlcgIdQC8g
e2Y3zAcZo9Hr+tjP3QI29PYActMq1rB2bX8++Dz8af/gA6kIa7/WwrySB6qfwjXLhF7NQ1/hInjq
4JHZVAaTK2Fz05CgNAnpjJhSYWnZiEbUvsaFdV9zW2CNCzUTYbn5lfkRNDk1eta4anptbtbwK2Lc
eBjlUr+r2Eev2cSQes4fmzObx/MZuzNd9H5cWLPWKYIf5id/9B5rhAYrLVEqu8xp0b5+a30TkbMP
Kmg/CBvkZxVyDWs+Le2XtvPl3w49uMFXz6StWLU7T1yyrQXb6OMgTPvVehCm3JsxRT6VXVXUeqqm
XtXlLOmbotamRmyzWqU0u4rexborJXShz6x2XbFWQ51yiq95lo6WfcsPQNGnbumTxW+mFHHehYW9
Xs7KlR5f6RQ1kfKraaVWJzqzZHaJ9BGtnR3Q9o51emfOh8gwua6aeelU52Sd7p0OWtUtt3q3/VKn
aS+cQqRa11+KUqtQF1CeriumIZ2Bq25BO9+upiTI5RTE7x3QOdjQ1tqofCqwZKOx7GxatwhqB/97
jf+9wf/+VrZCMp809a2jZo/jFk9BW+/BPFWTnJ9gMjSj8p7mIUUf67zaV3rQJwQ7329b/WTnvr7S
WJ1WyK2qDMJu2YopHOnKnSB9qu2xs4HZKFdxwqYCIJw8wFC/9sGNtMYs1Gmo3ZudR7kHh6S5B2nS
Xike6pjlFqhEN1SN2VHLHZDhjIldGIdXqGzmycNaRvvbFh3evl1Ge4V3bzDWfSp0cziQ+YTmmLw+
YmLpE3OeUB+qwykuhIrXBCz9U8Gvvys01TGuw+MPxkMsyrWC368sU/iSjUNOOHehuuUsRSJlm/Ys
ZkIni6qkbRJAbc7s5KbEq1fwwvYZpAp9PeIwlKby2kt5yMe9whaM2WE00HQHu9nEp3Mu6NAifg2l
gOrdzkJAFM7UIUbL0ihsUpvBKCtXv5U2q6ei366UT1sqUmfJ3SYSi5Utjl+qWAjIFcn2p4gGWR13
Cp22Aoa2DlPqzkQXta4saT5jAlreYae7rdB4QLKwu4CSEdUR2KoJtWWOFPyZ/vWu0NcoqlOHuT5P
iOW1g2N4Czw/5bjdpJPc1W4TqltNqO40ofoaFrWVUO8LByAs28yfCqn+kpFmyQg1daumjnrQJlpl
BSX1dJqznKtccVRkF+UdNkoF0FZA28nLteCiJ+t2vt9evUHyiAJUPrDes8YFaBdNMBIY+0xzftjX
aEXdl56qfBRaShTz0gr75LE8pNn1KmxWq8fHqBc5OqJc9u9XbPpY8dtsMGVUKIZs4WIUgd1U7WB2
i8dzy+MsA46nFlQ9tGxOhynzREwbRX/ruZxdsXTh2NcK6AqrlHjpjLwXXXu3omHVUSXGcghHw5RR
gD5oFI6ssxV3BKRz3lJQXNOoPMc2NqWqZvKiYloH3YDgpkxIL6Wlr7yVTyvHUi03fVQL2niU22bH
SZYOsatkKpTrlak3/tRe8fT6u6HO98Ca6GUrr7a9TCtllKK/2iJNSmc0qjtOFrybav1X5Bx/2s5A
CNmPp/nesj/1HehbmT5UQwlAITnzIdugZBdrCI4FPTcynWq9eJZl24F7kCnUzvm5rEENoNYo2RpG
sRb28wjui35pP6/s0RA1q1sQj7Rkdx+RbH/q91Yd18n6s52fSXxdMJ02LHIY20idbaZqT7+4gZqq
OGbuCls8nh/Uf5hn8zo6IKo9WXtPsqz4siZ0limeo+WjnWsN5Gv+IIpEjnJOgJWIUW2Vu3CJUvFk
FANKLNB5hii9E5ayXVRT12Fk4NLsFm6dsCdPi2+O64vV2P7J/pPQnwqYJ2Qbmrtj6AjoA/gsu52l
M2zqdEqjcI8HlrhxanSQoZvlvtm1V9QxV2wUB1e96y5YoMhI13IIlc1ZGMdzIvZ/9I8ufvuLM8C/
cv5jq90tn/+g6s/5398m/9u++y+/t4l8gRU36aGR2S9ditMiEOV9F6r66EYsNeuBF9EDiHDMvQhX
2pjTRqyXRiFLQV9NlWeRKsiNB64Nwwpkr9BTykT//eHB6f7B50E+QNt2STPTJWuw927v4MPhQfn0
izolrQRmM53zpwzOqHx1NxMOUy/Mal8AzDHYd4eHp7SB9flEXTYoCjm07SzmQDbcI60yd3cVwo0l
j9dyATOiPDBNRfyf5O/QhOgcmm6+HUGA6IYta3saKU97ob3ilpdQmSXZvJsF2YAorcnjNLEuepTe
WLRMTlfLuxY9by5j4XtRyMc9SrY58GYMtpay2qzMnzR5ykzzGB6GLz3KMCpcClcTWZIZnZblMUTh
iPm3fsTAU0eK6Uq5WRIxyR7k9uwCT3BMXWK3MrBiGBIpFAYWqQxabhg0yjVT4d32nWo3h0mk71c7
KmGpr+mUAaGCMKTItY4GWoTJxuRm8Fw9YNcqwi5cCquoy6FcBOFqGC51bD6baVJXZLquNRj1FXEp
AFf9oU00j6QJ5ZubRo/eDfc+nx6evN/7uH/wc3Y1Z36/qB3hdF3GgyQOuXTnaaQkb1VrJ7NyzQ2c
D/GUq1mqqkn/mImrq+aRmEd5wIL5oGH+bBX999l/uDr8lfbfm2W7Lz//u3T+r7O9vfVs/32L30s4
JcPEDxNcj4oWSg/GjLPUkyxoQhCrVNQglJvY6Jauogy5um1JmQGkFVlTpSq3mpWXD9o4VFXGEE8h
TrUp0YSY+6ULLynCwnjAgs2KUnwqcLUK5ChO8w+/7R0Pg3jmhdx5VmgP/1RWxl9//vcx+V967rS3
tjrfwc6z/H+j+W93XBFK9hftA3zt/oftJf+/237dedb/30b/0yZ3pwfIAJXN3G9UNwM4FbVCZE5r
QenjA2d0h8yERVFxEfAEeKDKkzS+CkUYc5bW0NGgO2SCmAlcIrKYSsih1cT/1cXcozideXKzUjcu
BLOzRdET1tGJfk17i3fLyn/hwFs6d6Fedfq+mMTXeo/eyW6t0q+N5+Xi+ff8e/79V/z+fwAAAP//
kA6LxwBoAAA=
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
