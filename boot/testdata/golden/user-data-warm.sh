#!/bin/sh
# parbake boot runner: generated, do not edit. Recipe 'web', role '', parbake 0.1.0.
set -eu
umask 022
PB_NL='
'
PB_LOG='/var/log/parbake-boot.log'
PB_SENSITIVE='token'
PB_REPORT='/var/lib/parbake/boot-report.json'
PB_HOOK='/var/lib/cloud/scripts/per-boot/parbake-boot.sh'
PB_RECIPE='web'
PB_ROLE=''
PB_DIGEST='sha256:0b82fe1a35efac25430fb82dca5eb75aacadbb766b3901f94492f125d95270c4'
PB_PRECISE_CLOCK=1
export PB_NL PB_LOG PB_SENSITIVE PB_REPORT PB_HOOK PB_RECIPE PB_ROLE PB_DIGEST PB_PRECISE_CLOCK
PB_IMDS='http://169.254.169.254'
PB_SSM_ENDPOINT=''
PB_S3_ENDPOINT=''
PB_AUTOSCALING_ENDPOINT=''
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
H4sIAAAAAAAC/+x9+3fbNpNof/ZfMWHkSLRFvWwnX6XSWcdRW98vsX1sp909tj8dmoQkRhTIEqAf
a+t/vwcDgAQpyUn3ttmzd+PTRhLxGgwGM4PBzNC7Yy02/eFv/et0Op3Xu7v42el0qp+dN2/e5N/x
ebezs/v6B+j88A3+Msa99IdO56+YpDm5/yF/yc3Iu2OjlHjBQ8OGxw0AP57PPRqAcwveHYP9dkBu
2zSLIujtv+rC0xPWAiD+NAYr8dIbb0b6wKcEDn4/h8MPRxAyoIQEJAAeQ607wMIk8iiElHEvihiE
HEIKjJNEjOJHoQX7r3rYcUp4llLo9t5sACw2AC7B+U+wao8Hv5+Pzoa/HJ0c952F/Pl++PPBpw8X
xWMLrgWIqo/OBkByM0rJJIypW2skN6NwHjABi0/mhPK2LLKLNhsAyx27tbyXDQByn8QpX1FtY7Eh
EapQ+evJx6FbexQffaedxjFfYKvhYW/0cXhx8P7g4mB0Pjz77ehwOBoevz89OTq+cK3a6bvR0cf3
520La58e/DI8c+t1uEL0SCxcnP3H6OPJ+6HrBV7Cw1tE/ujjwb+PDi4uhh9PL85dq/Z4+m50fv4x
f9R39hYWrqpV+zdrY7Hxw00c87+bATy//7tveru96v7f6/a+7/9vtP8nmZcGimCTm9E4zmigt4o3
IaMgnBDG7Q2AcAyXYNV0JQtcsGpdC65xg9N1XAG7gWkcBQx/k/uE+JwEIKpAo9a1LXPfiz07Dovh
emIcQaeOF0V/ZizsPoe2CTTmyIzSjNKQToDckvRBsSCOI0g4Tt+Nzj4djw4+fHC7KwGrjJuSccZE
hzwGP6bjcJKlBPg0ZJLdUV8BlzGSQuBxT6GAgeCICLHoKYC7kE+h1m3CTcaL6dQZCI7w8eD46Ofh
+QUw74GBsQqSbyogdyQPSomYT0gnamErIOOka13k0gw8kNWhUevZklnjz8RLOUxiwiCm4I05SSFE
HJH7kEP3x1051jSOZyPF2NVwl5IwXggCOX03+vXk5J+CMb96JXh5AJIznZ2cXPSdRfvWS9tReNP2
ozgLlvn3fBaEKTiJaiX62mxvLQQcfiLHyQdp8XliiWH86TwOoPOm01lROL8FZ1x9XgBqzGoc0pBN
tWD0GBFICyX1dWycpoDp9ODsAmWPC3deOldTmJdGsWAwgJcKjR7Wc7KkCYykt6FPgFCePkjJec9x
gO6PuzZ+QQk4LqPy6am6pjQGxKAT0pDDlAgajCElLJuT8pr2xRaQBMr8NEw4eBMv1Essqkp6sNTo
uBGXli3NaJs9ME7mgfrMOQHI3z6PVE8DIBEj+Q/cRbiDBSF11I/BAL9sFZN+8RXTLlNryCCjctVI
IElZ4FPW0KSM2yzMp4fjEub5mrIFTeltJCR9TtQamvdHZ+2U+HGqybUP+9WCNQ1a/pT4M7a2nS5f
Jvyz4enJ2YUmfQTOZ+4SPMnNSHbhru9ZcdYK6WpK1PtUwX5+cXAxbAt6beVzNpiw7/G19ZaAW5qt
F0XWF7rJMbYOk2tQiH1Dz9BfBcJxsDXIky2+hEANMxKxqBy64lecovQUWm1pn1jtjEn+ljzwaUx3
2kHIuJN4/sybECa5ntiy7VuSsjCmreThCz1stVnIyfNdDCCINxTrSJXQVixYwlxrMBKAQ6HO2v8a
jX4bnp0fnRyPRkKoXzVaW1e2VWtfddtJXbe2ReOblHizDYAgpkTOnwltodjwjqOAKKMevLsZ1I/P
wHWhC4+QpCHlUOvBoi72++m70eERatl+KH6cv8cfLIAPhyiJD7ED5xYY93gm1qZriZ+fWUzlQsn9
IZl5Haf+bvjL0bE6rcgVaoTgQncAIfwEvb3XAwi3t22I0+CSIUDjhrXpW00I7WtwQXOplPhhQsCF
4fFvR2cnx5cWDnd4dDq0rgeQxtFS4ckHLJK6U6Xw/dEvw/MLUeyHlaLDI/GYBZXH5++tawULcrly
qdjCqnyB/44z6nOxAn80WBMA4ow3gTYhbILfhJsmiv0mfG7CrAnxzM5RFGeib8saAAUXIkInfNpg
9moEukAV/nRzAF+wkeyG8VSMHDahaw/gBlxEsX8N2zmzRybU8AU5WFeWZauxxb/W1dWVZeX1UHIY
la+WKl+tqHwDP8FOT2z5GyS53huzVb7aV1fZZmf33mrCjb26k27vH2ZLv1yrmDogVsEVrfZdIbxx
uwg89Xo7NryFLvRVYa9nFO78KAp7ReFupyjc3RWFO9A3EAcQz8CVw+0DVg5hW/4Wq2JUxCX7LJcs
noman7EKEcLxM64dzNTyGOsG24I4ujYu2ABRMZOoEAidwT50f+zaEoyOIrpiUeVAEjwXeuvH6FbG
aOBSKeTggK87eDJXBTtvZME+dPd+NAskxrCFQJhRsJu32N2xn4FYAGmQh0nCOJFtpOQQthXeF3L5
S3SYjcfjoCBFPcgi5yKo0gpqVy0UkVc2bUYJ872ELO/dv3ejrtqYV5akrp+ACgyF29uD1Xu8QIRq
Si14C9YVtaAvAF+Ut83yfqpgKc64gZvHQhFt1HpCxHoc4QEXPH5Z611LAqrt4dhsFiYJCRB2xi/D
azyI6Kc2aoSywapSHnMvAseFIEtFqYZM7nccc3ubDtTAQkzkVag3J6KJC7XeAKYem6pfOwNIph7T
hbsDBZcLtb0B+HGgS14P9LAu1N6Y095bCeZ2Xk3CMDx+n2NLSEohmBpSZArUdAQ3seKZWBXjsThp
iIL81CjKrbEXRiQnaMkxwXq8ogBXlpSJV1YfNllTPYqj8gOhoCvzQek56isjobCUHqvDRPkZwlh6
JFT0kUAZPg3UU0THiBE/poGs39oZN6+o1YQ/GhJYG7/GkfyizBriqx/iBwvkh0Cb3VSKRlMheh81
DWNBUBCLJbHsHDcCkCgcE//BN1CBIIjqdrkXs5U4kCPYl1a5UhRSsYb6vOOIBeqDVVrUYk1LS7pu
RRuWrmfZlg2W0lJc/aWQjnLurkAlsxQm/gST0RPcZGKNAB6vLLFDFGLgyhI7pPiFO6T4WVr6FesO
V1aQpZ7gmdV1X1hNAds+dAUOmjh3CxdX7VD8rvYnfte7U1GA/Kb2ZVNvydLCAEzB1Xt8IDhio/0v
NvV6e6/77SZYVhOmZZ6qtryLi2XrlcWPAuObrL/JcowrcJua4U6bKDR7toZphdKyiqc9O9YXBpLY
qLDpYmmv9abGw5Ek4SY0KKomKAIA1AKUESjkiFZq7qZhRKDRmBCOMEbwE8gORaOOSVQsiULeiJpw
3wQLrAIBQrTfX3av4fzTu/PhKdxf7lyX8P+iMcM7B0KoLaSH+HI5u0Z+7g+EfkJSoaS6MDPkFSf3
QlZFG6t0KtSmXitVSpLA5b/gegsUBYjGBYS+mJscMV+ER7n3CzLHaf9lu+CPxv1lT1J1rlcgULYs
2xVl95d71+Lf10vLvDRXX821urWRiBqfl7ecnLPE7efr69UcsKCiMeH+lBRk5H+RjObPkNEYfgLV
4xo6Gi/T0QquxeIs9Q3WdOtFmQRSroDvRZHx0+OczBNuPFnFn+bb21XuJMgX16OH67GD/+5eyxUq
T3vFRryiCxQ2jfkXkSZP3wJHUneoazQVNg/1wILcGJIbRixpEUiJz6r2VPMQbjxQ5jTss2RN7Wlr
KmNzG60JbC6racvujvhn1xpozVBZCdmOrL5TqQdW7XGv7yzMBvASPBiHEZF3AFHsBSSAkPJY3kfQ
2zCN6ZxQXhgCGzhKNvfYDDpv3igbVQlkgHAeMAQDLxURBgUe4Hg2mrUcp1QkBlA2q98Ozs7bta5Q
sey1F6t+nEUBAi7xcuuloXcToSl6nMZzELOu3p2qm9PkZiRma1g0GdHmzEY+OTQKSTqqb7K6vHMp
Q2iv7Ez8LG6Obt1aI5+v0dbo/r580UpuvQis04Ozdwf/HIr6o1rXvao9is427xdWcddaqaTGFxMo
xvfuZm7du5vVpYUT7UW/Q2GNetWFJ5ikJAHnD5h7dzNlrFZNLdUgpJykns/DW2IpU3VNVgHnFoIw
dfPZoQVKiE61b86Hx+dHF0e/DbEgJQI/rlV77PadzkJbpfKDHmJPUBEe8Oi8CeMmRGiX4QWnmhn8
jaLkEHwLB5WNDOb1FTrZGFwxB7DaFtD5ZViIyFUyeKzYphCfkdZ22eX2NgqxyJBsMSON8UrxIeDp
KXhmGh54CVFMUdschynjTWAxeICMFfyYci/EOzqPxnxKUggZiMUmAdxN44gU0llgxJxFLrFCcKTU
2nehK0hQn5IvP1/b8JP+ye0BfHYcMavP4pSPwvnyc9Gh8ZyXprcwbYygtsLyeVVSAarktqpVVu1r
nXXCdqZtNDkw+ty/tGiJmDENyH1D9NrEKdhLMg+WbRyyercJicCXDdZPjFAWCurft4yGCthSqwS2
S1i1l2wfeTsxYi5uKtLLLBiPo4xNFYoW9Y3Fxg/f//7GP3ni+3s9QL7k/9V73an4f3Q73e/+X9/K
/8P08qi6gWwYt7CPhg/CZntr0UZ7hGynrjOPfj53ISVeAE6adwI/famtupcrVJArKpSQR91D36Ex
JQvrOzf4y/+i8Oa/2f9zp/Nmd2/J/7PX+b7/v9H+n3vpjKRi5+c7sN/Xp49N1u/n+/H03eji5J9D
6WZp1basAaAaTuYhHzFOktENmYRUdqU7BrRvOFgijiy1HtR2llvGs5XN4tkzbdgsTFa2EgXPtBt7
YbSynSjI2wGeOitNU8LTh5VtsWRtYzw4r5gkPjdnCbVdqO2taKtstyvby7Ln+pB24Gpr5fa1DuiY
VRvETFYuVbvxGJFSpFpdlDjSwa3WLbVRvgvVBurxWoh46C+hUDwrVbrzBNLyO4ZqfVHsFJ5SlanM
yGoilsb3goiXmwUxJStbiYJy9Tjma0aJY56Pstxm5RCiiTmEH8W+PhWbjj5nw8Oj8+Ho8MPJ4T/l
eVQcjLTH1svCkSrNKCVpH8bkDh0FWRPu4pRPwYMkjX3CGBDPn2pPGsrcWiPwOIHtTbZ5bLp94Glf
VjEMKPigMKLU6/AEW8dbdmE72UKjylx03JC129CVjNW2c8NOx7SoGE6jhgKSJTDS+of2WxNzaGcJ
D+ek5B5k+DQJLDIXFZAsebnVWlSf+uxlJ38o4VS1N1tbC9hCaGEbVGWBbnyIRyQSMVJpm+PPVm2x
4jhUNpuQ+qRQzXCB5ddAYWjOwIFaF1spF93AAmdCoCM1M6yrveFVowA2i7Hk0jy+FOULCKk4C2Ld
TgdtfTAYQE8/yp8ozIvOsqLbtuq2hfXkHJLZZDT3qDeRoqbwmJrjdW7CnQnhENAxPGRz8JIZ/OdD
kpA092MKx2ZkAk5xblWjE4w1XNYnsUX5mlkevZFwlENTbkCTrvyJoRLz9EGjMM64W2vMZ5zME4E9
eQzv58Cq2hIhQi5sQ1cdjx/zyToxvD+dTfr9D7E/6/cvwjkR/XZ7HXD+QA99abR69UqaBDuwj5OI
M95KfSv3hay9LRcMYAFPwAkB/dTKvd58ZaMz69sbuZOntOv6FjhUkg56AuJTnj5Y4EQcuvK5QqS2
pzkE6oe5pVJMT1BpHZ9/omiv5DF4/h9ZmEp31CCZTWR5yLAyCeDmIbf4KFZTLyZRWtwVXqBaeAQe
94TkgbxfZBnpQ0gngtj2mKYCFhGSwJ6+kIopD2lGCpqA3IlXgVDCm2lw1YjThCRpXjnoFSSUzKVn
vbEb1ht+aQwsS5I45STIJ6dagTxaNRQtNcXOaYqt0xR7p6k2j/1MUE3Oi5O55sWqM23GeT98d3Rw
PPr57OT4Ynj83qUxNWyjuQcv2mcrdQv71wuIWNWdUTt8ewlvRyHjrL01OlW4Wr2jQe5FyBLBKA0H
YvVceZ+D8wCOQ2NH/XZSIngGoYGMeIGnp9ww9VjuUzlG/onOBrkVS4khwbyexBrYkhySuWX2hQCo
ql4ys5HJeUEgB/E9f0pKddQSqk+sRR1jAfK+i0bIjpH0wnnAluO5/CyNVgZ0Ld05iIqlKC4Uqnjd
cPTx/TnS1cAgqoG+bjCY5E0cPPxXuaQQc3FA3E6no7mTqBPPCBUcTIDnsHOxN51/h9NPF+A4c+/e
EUIdeuD8CvV/d7w75hC/58wJ9wRPcLC5w3nkqPu4Pux0OnUoAq4ijxPG214StrFySUGwy9JFQWhC
U4IhllQgsGCBcwf1zccp5wm2WtQFjNY6GPu4MRUES9CJuo6ojJcrK9StEubUVsm3uygslK9ep2ND
LhAQ1oHJ9PSTisYFsNvZtZcqFs4IZXIS0MPUY5Kl+VNIPD6FhtAAdIQMcG/CmkCUqPAmQkMsSjV+
DI5mcrWKJmhKMym3JmJvPfb6zo5QfK9LK7lmFmuv4cpbATwOeoWgEXmMw68XF6faxUajvAS4cUuX
L5CURd2SAInvaK4uCe3SrT12Nzf7W4tSNAps9aXCPBHlL7f6C6Ga6UeGmpbTQCZaSb378kXH+fF6
y4YwACeTd3eihvXVgZ8Y1SR7DWLCEEXkPmQcYhVkMvf8aUjJ6lvKVfBNluHTvuz/KeGbKIvjhHBC
OUzSOEvykhWQazXF+hfW6VvQJtxvy3b5zJbmJsslSF87ucryLqqs2TieIcXFfBQG+nrVn+ETt6aK
VnBNJlTHQ03lmnXXaghm3oO+wBWnPdQIV590ZHfbh2vV4lIFyYVxDCF6SJUhZmK7TsjIi6LS3tI3
wgjMM9rWqj1QjFYgbRpHAUndet38KRGHz4wToCyr1BJHQg1ONUKEpxmpLs0lOErFk52Ug9S68BJu
iFAu79KQc0Lhc8Y40PiuOI0Zg8uwSdX/crjbC5iFQmHolAc0oJR4yagmpFVIVrYANYUyubllDGmE
LJ2R2QNrz0hKSdROPRrE87bqbjXOpIdHGOX6bn5zsNPCeOsVsX2StqvXBol56FORZ+JxlXFXObRH
xfYUi0DQ/UKqt32MNcdYS9y5YqGCMCU+j4VoeI4rCyoUqOlaxf7c0AcppeVIiseon57yQ5FSWJy1
3m4sHazIH8XBCqnqcVeGrRtT414Kzn0yH0uXFucQ2pVOzQDZcs9lMwYiXoL2tR0o0Egl3E9Qw5i1
GYlCmt23CR3HqU9USJGhY6aE8VioyvSZw7lRyflZEkn3ayCUp9LyFBXTwUk+7z8jkSGOioyTpM6Q
SBg0MOgP9SI5UC6rc0sNxunlZGwEf8lduLF8DpSGG0Ubxf4LwpS5ta5BOoFbE0MhV3fWbolAbAlV
SSr8ysgzyIlU9W4ppvNSaD1c239WxdPqnkyPnByM5GY0czvPw6NXYKZU+JmhwBfbVs6yLb7OFAco
8X5RRVrVgs32oq1iAH8ZbuQxoMqQoYMmBbtLx7mqwsozAHRHc1aNvbr6ElKZZWz9FVhV2+TpCcYh
DWRDZx7SgCR8Cl0Qp4D8O7knPvBYKL2OL8Z5XMC2Mg8IalpFGobV9pfjT6Ofj47fqxDNbon488X6
M1SzjOjVNPQFKoKvnbwgNukg6HBotTQKKouQzpEoJZSGjqi32peosOEraguMeQnOhFC2vrA+DBen
jt8VrApfrVZdlAqI7fUgV8ZdRT5KZiNBqjV/bs1MGi9W7FEP0X+7MFatW+5+VMThKxtrJBRWFFHS
udNqo12/vdUSwJmhouocJBoU0aIFh9VFS/bSTiH+zasHJ/hihogVUrv7lSLbENiaHwdh6tYaQZhS
b04k+qTzYpnryZpKqvN54upH7ZYCrFWroRfrhrJiPVb8JcWZWVpdRS1b5hyI72ju7ZmXFekIsKhX
KTLoTT+15N2PKS/n1UrPSzqJTYH51biS0glj/7WVSCVM2NsDpe8YUfAZxdvPglfNvXTmGuHatR2n
9rj7UoU/LPIYc01Por5VFdzli1zDj7djBGnHabDs4fujBSq2ATqqdjVHR0VHI3n/vXJXe+Kf1+Kf
N+Kff1S1kPxMmvpG4ofnYYtnoLT3IEvlIheh/Bpn+LyvaEjiRxkxMBrr+RHUxW33x11jnDx/whca
q9viXKvKexhUtZhSaoTiEKSyQzyXqSOf5SpKaMkOmFVcMDTufHAixTFLdWxpvdlbTz14a19MVCCl
s2p7yKQnOyD9SAVrzBOf7AEP54QNYBLeCmaTJeu5jDpvG3jY318Ge8Xp3riIL62L0VNxLtQpHlT4
1nJdnaBCLHPJeWOTwdJ/8gLs3ySoMnj95Oy9PiWW97bs392oYFneSpc30dJ9JO+g5WLOlEe2DITA
baiUmr1CoXj1Cl6YJwcuL8CeOTZUFvTOS2lIJ/2SIUbbGXVvaoBBvvxpRhmmABGlIWdQe9xbMIjC
uUwJYugbJVO1nozUddWvisl6xtzORjV3iUR2OfGHqmzQ/VLF0rVcGW1/CmmQ13Fm0O3IzoTGQyTT
03eMimNW+J9WBI0zYre3K8FYs7/EcAF6/MqEMjV94ZYfp+DPjK9sQ1/CqPLPpypQRTyvH5/BPtAi
28RuE7Mr1XpNqO00obbXhNprWNRX9vpUCioyNDR/xrj87MqPnvzYkR+78mMvp52y+X2GqlgpmN+G
qpsQqEl0Lf2tl3/byb/t5t/2jMCTQgYseQ/9v3WbG9dz5Q/WmA90kpBVFgbBnq+rhkP0cFDKTccq
niteJA7oTvfH3dV2n2f4ujzaK1O8kKsDoVkiBzBTHhW5gDSzV2Mp2itmoba93I2oOHz1XNYKrGVB
/Pw81VpiFqOq6WKFPcu4ms4ntOzTVoUnn2ipuTTQ9sr5X6rzrfj1VXtWE8xXd5QSj8VoCftH36Hk
lqQLy8xipiqsklCVlFxedOc9MNuoI59oKg7Ho5SgB0Jgl3JbkRUpydKMtmUvjm5UXW0TmkrVPGlA
2W8FE645KWHcS1GuV+8qUCgu1XLSZxm8CUe1bR6OtpTtSnqLCfaw0rfIn5nCXCkX2zIcEDZZP1cr
lHKpW0mtWxzI2ygkMMartmflt5MzxdrLtOPPOnkXjLvxrDCe+zPfwrwdhujkrtwGJb/xdYpPRfFX
PVhG74UWbdUaVcehXQueynmI6o8Y24PypWtGw1pNsK6uaDkxR61jD56JzTIzatQ6eUqNUqdGQo63
KueNSqwBi7pd0euWM33pab5wK/bT6gkSF7e2A/FYsZveM+zGn/n9VdGH+XjmYXMa35XU1G1jdbQe
KhNAYLWvTzgnfSTx3rhkeqB5wsAP70efji+OPizZ2c071JaUmRkNuVvrFjeo6kFLZ0crriuXM7Qp
QAn3K4CiBVL01MKsJBUHtctPNOTXV/Ql5AuhEgQmcRwVl+C4pZnUdmMaPUAsnoYqsR2GtiOMrSt6
GNMg5GFMTz0+Hd6HjDNX47uEE0tllRV/+39iGm2dkCKkjh7Wj+m4bF3VNnyDAxaZwtZztKKO8gdQ
hhzTJF8VjnkTjJSNM6HyK9uS6uQL5pBpHAVG+sr1eR2LpuuO9eqI2M33pbSSTEkUaGTh7qzModaF
O0+cSASvKOeFbGA2UE0IIUN4Qjqxi5uGlJcvSCUAr16ZJ3R5gasWdSXCsSPpknQjZMFXoz5AfyHl
Pixk1pSkZIBzCiPdLzKRUlJGk0coofVV03ixeiJ/ErQk9GcMsgTPgTp3KyZTWAPqsqGpEhQuwz3t
UgZM8cSJUy2UNUoNg41Ze0UdnZyyQi6PvYX0+lcJLZn03y7N4wtBU5j4+2+OAPpC/N9Or7sU//P6
e/73bxb/Y+Z+L/L24jFtRSZ1ofe7lXykbeyi4JjbrZr6uoCXkjilPAMhz5pSbCUkxWSGVQMhjvDs
jQGO1gcvwi/Awgn1IqGixBRvDLw0CkkKKqNx4e4se7bXZJsWFVDvxG8pYe7hyfHF0fGnYYEXUwdN
cxU0b3Dw7uD4/clxaUZ5BlG5z1ppRg2zZ0nIvNBSJg/JkBPkMQoD9Ajmyhyh2P8z6NG8TqbzFf0o
ISyNX6ATKrw7OblA+fTpXGa5ZyV38U5+vYba/DOtcpvOqinbS2YdwyyQo3XNQpfh/6rzLy6pchfr
FTY37AhTOxs3MWLt8iBUw7rLpBNVTjlaSOkuCm0ThdEkTYw3DHBvwtpaYLe9O9b3Mh4z34tCOumj
X9mxNyews+TAaTi5pcnXbAQaw/r+uYfOdKVs5HWW+1Ni3gUaQ561DDyZnAJzmc+TiHCydr/kb44A
S9dFcqt2VtYJBYbCwECVBssJA7taM2Xeg2vVekWfiHqhoeMcXYWnvBN8EIbopKEuvg3E5HNy8v4c
NWHHeCSGcPAGUaaZdUQXjurDwYF1sV4mqUU7jjEZWSpgKXUuxxPKQBZx7bWiX3Fx+m508Oni5Pzw
4MPR8S/5OyGKF1uYl/mOQ2iQxCHlTpZGcuetam3lmp9+9cM6mnIUSdUU6p9T+1TV4tLxWRow+lyr
hH8Px/7mf4zN/7vf//Om09tZfv/P3nf97xvpf3nGLTOTUs7Y8d7j/Pyj0NW8OeEkrThQGUd7lZ78
qz3Hdf1GEY1bZ/aKuBPj3UJ1Bh5ld0K/e+AET8riyzOBTipFudJKGJtvgHavke5eMlFs2b3DONnL
KmXJJJWw3EFKiPHr4q6wMB9y9f+yFVLdGbOgfedRpXGxaTjmsFNY1/2MgzPuQamqzqX+AvMX1jrX
29t1yO+/AjefVP1RZnvCXE8h5Y3G8ZlM8tOGevFyoHcHF4e/9p1uZ2HVbbBamFrKUvZH2IcxLOql
yRvuaT8PLw5/Hf2fo4uL4dno47kMK1YXlbkWG1MC8Rg8uMlSxvvAknxRMfcTYPq8XOd0a404AOeA
gnO8Cw7PdgHpKZNOyPAEPAUngDrU84vXO3Urm8ImNJbhkre0tnGFYcn6d0asamH27ewEddAVdIys
Xcr5X5jJxfYxr72Vy9WN9LeSS9Heklg1r5NFuxtPJrp7FA02ZZ2FBa8KCrjzQl7yZvmq7tGjQp57
Sl1j2Kipb1aONL7bLYYuX91VDcd67zo+1DfCOQYBfmYxbULMmsAe2Matl7JREKZNEGQLrnjY8tLJ
7WX3uln86F1vyFhGFx4XG2J6eC9Pixo7/Wv52gbU+OOE0AZmxSbUj4OQTlwr42PnH5YNHoNxv5QK
TCiGCFcLU2+N7daE8IZ1WjCzJlxe233j7hSk9fAyubSEBm1dX4MLyaX1mxdlxLreSGXi0gIYMb1l
aJpA0jROmWuxLE3jiceJzL9ZglPAiCmyQmqCLparKVmu0NCz1NfpW1sp42mYNKwratktmQzOuuJW
E3qlbLPYFtUy0TNm0SnNEYm98RVZBjeZjHXaZH2UA8q9IhcHsMksseskyBJWBbrdRIc+V6wk4wFJ
U7sEA2KyW3pU8gxGBAnCiFlLLjtrJR6ftj7HIW0U9CWGtgXhtU5Gv5+dHH/4D3iSvw7PhgcX+sfF
2afjwyZ04tedTgGIXEfWGgc4xDhognVnrVpPSu7ECriWXMHbMkJvW+h011DEI+Z/bW+IqYszaiP1
7Y06GJkDyzzd2MqCWssbUnMd47ZMch3BkvRrMeT7TPQtVv0R6Pb2ADzMEN6BhcwMnl8qMTaHzUD/
xzBv6K0XMUxFKE6FxGeC74tnbsU9SwNtl8DWSU+1ybuUQ9SMXqlylqU7qdxgIzsmaSqEe6WPJRm+
0ldLcctbsQlqDSlOu2XU2yZTVvktRZOylqO9XStjStu75uSFAkW15yHSPzp1f8HBX9Dwah9/UVJ2
0RadKjFdnHLFik4Idwo9DRxHELcTED99SNQhN854kklWDQ4eYpn2uTbOoEIv+PNnT7PVsm8YoUa2
im3Ix3k/PHj/4eh42He6/+gszPwXK5ywqE4JUnG80naqck7T4sCrDDmIOTF3QZLFE5KmxfV0xUCV
Uyi+SyR3bDHmZhL0nOlgUzljhbkXOgAxHEKdT9OY8+gp9TgBcu+jrvvE4xjezj36AG9T8kdGGGdP
6gu6puUV1cVQRr1bL4wEj37CqHDqRfAWDYUpvEXZkz+Xv8yTOqXE50/qM4zpEzptvYW3ccb1C380
ZkquBgUGClcS30tkBpRcozz858nPP4/eHZwPUSvc63QW8NNPIFduH7odeCv+6eOSok6ah41IpHuJ
BU5EwFrq9PDgFPvEfDALw51OAPF85b9OxZTjmWrlJRi0LarbNmbLqBCC0RERhyaZA+avUE0Vhyrs
l7RE9Jo9W6U6fqmOjFv6bhT532T/wTiQv9/+82bZ7lO2+VTsPzvdH2Dvu/3nG61/p+uwkJO/yRL4
pfyvu73dyvr3Oq+73+1/3+LvpXTz6vZBEMBGq7i+k5lBrY2XcDElxd1hmlGhTOMLHfALJei7NiVR
JM9SqCWSpjgieSCfJ2l8G7IwpiStMwgpnniDmLDmxkvInRxDCu2m+Fe+mHccp3OPtzYaWsclphbt
B9BWKqZbVwLt0UwSH8RzL6QLC/bRkUn+VAkD2DS+0wIwT0Ovftob//v4f6cn8878PQzgi/t/t/r+
/15vd+f7/v+G+7/XBySA/6kMgBPG0eOzwgRwUgvL+qp9X3igQZ1OQnpf195Y//+yBHzP7n/r+/87
O6/fdJff///d/+tb3f8VnhVJ4XypnVq4l04IN5w1DGeKtiw0XBvkGwd31iVNQzEt47ifcaXMR9Uu
lb976ZwE/S1bdoA+UoXrZMnVqnh5tBGsIZsps4l6E7kBygDGYTUqQgIwwvnohLv/pemjW5HyUce8
xCEdKUhKWQAKI5dEQqMChF3EjB3Rc+Ua/AT1ur0uG25hTng8fTf6/eDoYnR0fDE8++3gQ9/ZW5Qz
VUqMKYjWhPFWIIL9ZYzrV/JX3vq95vXgK2uX3/a99mXgKsthFZnPuP2vj1U2fN4rLfFl63mctlmv
7EOvHMhJFJQcsS/BYbDW/3uVe6Wo4dYaLE45ONkzbdFCVb+idW2jWooVUzIVs92oZsCnHscrRRUn
V/Ix78tsxWKgTUD6UNZzduuj/VwVmuZYLS+lQfzWt3L/5TXG8/H6OamMu7hLyqua3IySOI7y1LVL
G7264exSflMZQ2GykjPlG/mkH/wa3pCUepwEtsFalsON5/L922JCgyJhNj6TYcWC3ZRc9XXMRgyT
2AjRWMqpqHYt8t2laInAEVrXV8dF07jUbkpSTL4rMLsqtEAjyR6gcqf9yRXXcLvg8XKT9bHx5rCO
g6Ezy3Ei4DgBkcknwpi69VIS3wKh1VHr2scugXPu0cBLgxO8zHA/x1lKvWjbjymLI2LWGKZpnC5X
cBjhhN66xRyrj3Jm6a5joNC+CWmbTXWAwpoIdYNkSqgWyIEVyEE6eh4T36203/++/33/+wv+/m8A
AAD///cSX34AkgAA
PARBAKE_BUNDLE_END
  tar -xzf "$PB_DIR/bundle.tar.gz" -C "$PB_DIR"
  export PB_DIR PB_VARS
  . "$PB_DIR/boot.sh"
  pb_hook_install "$0"
  # A warm pool: this start runs the warm part (the instance warms), the service part (it goes
  # in service after a warm-up), or both (a direct launch). The waiter of a Running or
  # Hibernated pool (PB_WAIT=1) first waits for service entry.
  PB_STATE='/var/lib/parbake/boot'
  export PB_STATE
  PB_PART=$(. "$PB_DIR/lib.sh" && . "$PB_DIR/warm.sh" && { [ "${PB_WAIT:-0}" != 1 ] || pb_wait_in_service; } && pb_lifecycle_part)
  export PB_PART
  echo "parbake: lifecycle: this start runs the $PB_PART part" | tee -a "$PB_LOG"
  for PB_PHASE in fetch run; do
    export PB_PHASE
    { sh "$0" "$@" 2>&1 && echo 0 >"$PB_DIR/rc" || echo $? >"$PB_DIR/rc"; } | pb_mask "$([ "$PB_PHASE" = fetch ] && echo 1 || echo 0)" | tee -a "$PB_LOG"
    read -r PB_STATUS <"$PB_DIR/rc"
    [ "$PB_STATUS" = 0 ] || break
  done
  pb_report "$PB_STATUS" | tee -a "$PB_LOG"
  if [ "$PB_PART" = warm ] && [ "$PB_STATUS" = 0 ]; then
    (. "$PB_DIR/lib.sh" && . "$PB_DIR/warm.sh" && pb_warmed) 2>&1 | tee -a "$PB_LOG"
  fi
  # The boot part has ended, unless it reboots: tell whoever waits for this instance (ready).
  (
    . "$PB_DIR/lib.sh"
    [ ! -f "$PB_DIR/aws.sh" ] || . "$PB_DIR/aws.sh"
    . "$PB_DIR/ready.sh"
    [ ! -f "$PB_VARS"/'domain' ] || pb_load 'domain'
    [ ! -f "$PB_VARS"/'token' ] || pb_load 'token'
    pb_ready "$PB_STATUS" 'web-launching'
  ) 2>&1 | pb_mask 0 | tee -a "$PB_LOG"
  if [ "$PB_PART" = warm ] && [ "$PB_STATUS" = 0 ]; then
    (. "$PB_DIR/lib.sh" && . "$PB_DIR/warm.sh" && pb_await_service "$PB_HOOK") 2>&1 | tee -a "$PB_LOG"
  fi
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
PB_HOLD_UNTIL='/var/lib/parbake/in-service'
export PB_HOLD_UNTIL
. "$PB_DIR/lib.sh"
. "$PB_DIR/digest.sh"
. "$PB_DIR/boot.sh"
. "$PB_DIR/aws.sh"
. "$PB_DIR/ssm.sh"
. "$PB_DIR/ready.sh"
. "$PB_DIR/warm.sh"
cd "$PB_DIR"
if [ "$PB_PHASE" = fetch ]; then
  umask 077
  pb_emit_boot_begin 2
  pb_guard 'sha256:0b82fe1a35efac25430fb82dca5eb75aacadbb766b3901f94492f125d95270c4' 'error'
  [ "${PB_RUN_ALL:-0}" != 1 ] || : >"$PB_DIR/run-all"
  pb_fetch 'domain' imds 'tags/instance/Name' 'imds:tags/instance/Name'
  # Fresh: read as the instance goes in service, not while it warms.
  [ "$PB_PART" = warm ] ||
  pb_ssm_fetch 'token' '/app/token' 'ssm:/app/token'
  exit 0
fi
[ ! -f "$PB_DIR/run-all" ] || PB_RUN_ALL=1
# Service entry lets the services the recipe enables start, before the steps restart them.
[ "$PB_PART" = warm ] || pb_in_service
pb_load 'domain'
[ "$PB_PART" = warm ] || pb_load 'token'
pb_run_step 1 2 'site' 'sha256:6ea5bef9bcfad2b2ab5ce5ab9916ebfda71e2e6fbdcdece7d15be6c135dcbdc9' 0 0 "$PB_DIR"/'steps/01-site.sh' never warm
# At service entry: not while the instance warms.
[ "$PB_PART" = warm ] || pb_run_step 2 2 'token' 'sha256:9e10789b5a37cf1ae46d797e6b2719af4b1c150dcabc112591b62703a0273e67' 0 0 "$PB_DIR"/'steps/02-token.sh' never boot
[ "$PB_PART" = warm ] || pb_held_start
pb_emit_boot_done
