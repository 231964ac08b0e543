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
H4sIAAAAAAAC/+x8e3PbtrJ4/9an2DByJNmi9bCdnMpVepxEbT1NbI/t9Jzf2K6GJiGJEQWyBOTH
sfXdf7MLgAQp2U7vPc29d441mVgCgcVisbvYF+hdi00x+e4v/bTb7fbr7W362263y3/bb968yb5T
e6e9tf36O2h/9w0+cyG99Lt2+9+xSHtx/0c+yeXQuxbDlHnBbb0BdxUAP57NPB6AewXetYC3rYBd
tfg8iqD79lUH7u+pFwDzJzE4iZdeelPWAzlhsPePE3j/cR9CAZyxgAUgY6h2dulhEnkcQi6kF0UC
QgkhByFZgrP4UejA21ddApwyOU85dLpvKgCLCsAZuP8Cp3q394+T4fHg5/3Dg567UD8/DH7a+/zx
NG924AJR1DDaFYDkcpiycRjzfrWeXA7DWSAQF5/NGJct9aiRj6kALAPuVzMoFQB2k8SpXNGtsqgo
gmpS/nL4adCv3uGfnttK41guaNTgfXf4aXC692HvdG94Mjj+bf/9YDg4+HB0uH9w2neqR++G+58+
nLQc6n209/PguF+rwTmRR1Hh9Pj/DT8dfhj0vcBLZHhFxB9+2vvncO/0dPDp6PSk71Tvjt4NT04+
ZU09d2fh0K461b87lUXlu8s4ln+1Anhc/jtbnddbZfnf6bSf5f8byf947qWBZtjkcjiK5zwwouKN
2TAIx0zIRgUgHMEZOFXTyYE+ONWOAxck4PwhrUBgYBJHgaDf7CZhvmQBYBeoVzsNx5Z7lNlRmE/X
xXmQT10viv7MXAQ+w7YJPJakjNI55yEfA7ti6a1WQZJmUHgcvRsefz4Y7n382O+sRKw0b8pGc4EA
ZQx+zEfheJ4ykJNQKHXHfY3cXLAUAk96mgQCUCMSxggpgOtQTqDaacLlXObLqQlAjfBp72D/p8HJ
KQjvVoC1C0pvaiS3lA5KGa4n5GO9sSWUadHVDmlpAR6o7lCvdhtKWdPPxEsljGMmIObgjSRLISQa
sZtQQuf7bTXXJI6nQ63Y9XRnijFeIIMcvRv+cnj4KyrmV69QlwegNNPx4eFpz120rry0FYWXLT+K
58Gy/p5NgzAFN9GjENZaa32BePiJmiebZFPOEgen8SezOID2m3Z7xcPZFbijcnuOqLWqUchDMTEH
oycYEi1U3NduQDorAHJgd5cedb7fbtAXOrtGRSLc35d3g8dAa3dDHkqYMOSeGFIm5jNW3I0eMq9i
LeGnYSLBG3uh2RzsqnbS0bOTCC0RPJ3zlrgVks0C/TeTYVC/fRlpSLvAIsGyH8T/JHvIAm39Qy97
PV/0i69YdpHPQgFzrujNAsWEnN0oucyYkAQkzJZH8zLh+YYnkRuMAOAZnbGjwebD/nErZX6cGkbr
wdvyg2WeOx4cHR6fGq5LLod+2EdlEKekMdGSKVDYac2F4unkVk5ivtUKQiHdxPOn3pgJxem42a0r
loow5pvJ7RMQ1lsilOxxELsQxBXNdKlW1FrsFM7VumABuBxqovX7cPjb4Phk//BgOERFfl7fXD9v
ONXWeaeV1MzoBg6+TJk3rQAEMWdq/QJPiJxVXFcjAV3LXLwH73oKtYNj6PehA3eQpCGXUO3Cooac
gk/dKxDSk3PRJ0F2ryBlfpgwZQQdD97vHw1UcxyZxsOPqkkdTH29fT8PTk6p+YuIuRmO26bE270C
P+zTqvyQfopA/RSBAzUi22jOfYmr+KMuGnAHYzG/rLfOz1tNcM7Pz8+dJojGrm52dKujW7XGcs4d
B4T6syCod5pZ+caG+ebN2Bm/gD5Uu7sw8cRE/9rahWTiCfNwexeE1N93dsGPA/Pk9S4E81T/eJML
e726Q0pXTMMkYYHTABlLL4KNrJvCaXDwIcML6c+gD3W1EbhZ7Qb8CE48daBnN6NawwfZ4YLPnZEX
RiwwIkl7PALn7pwDnDtqN8+dHqyJpm6Ko2IDagNtZRTaicWHyOOFZq25im2EY6EJ9cEQSUatgW4l
cgwF82MeqP6bW6MMCEuo7cxpwh91hXqDvsaR+qJtIfzqh/RHBOoPErHR1Mzc1GR/S8yoKROFHMls
9J+LNOyBU6B7TvYC1R8iet0x/ZyG0wAnEwn9BYTajrqjEOrjaoWj0TPaGtVYPYQ+dHYhhB/6wHch
3NhoZByS7+qaQFIB3J07yMSa4HDuIBPnv4iJ85+F3VmxNXDuBPPUQ9Erb83CaSJub6GDNGjS2h2i
OAlReEHfSYT0dyVA+oeQ6huJTnjRJKkJL4obAzCBPmgYu0DS/buYeN2d1z0UcqcJk0bWF6WMwOLe
4GY1zM7Sn5zia6K3JjKKa3SbCF7ItD5pQqcJnW7D4JTPQAduPk1Rnh+d64mJFDX0PItKeWsvjNxN
mD/NBKHO4a1iTHyqN6BIQB/6mSlwPQkjBvX6mEnCMYIfQAHEQW2bqUQShbIeNeGmCQ44OQGm0Ieb
s84FnHx+dzI4gpuzrYsC/V/UpxQ9YIw3UFHjl7MpKsONDX8X4jRg6ZmPv6fZOgEkmhN9iLIGYvwv
ivG/IOO/3oUvyPiKBc5+h4t10ByAg3MMfVybmjHbhDulQXI2p2X/26Tgj/rNWVdxNeGiWrax5eZs
5wL/f720uUsr9PUKywJNrFP/sixoaqWKol8uSpKzzDsjJv0Jy5nHf5J5Zo8wzwh+AA3xAe4ZLXPP
Cl0l4nnqWwrpyovmCklFd9+LIuunJyWbJdJqWaWVZhsbZZ2ETEv70aX92KL/ty/UDhWXvUL8zvni
nBPkJ4mmLCmkkTrUa4ZM/cyY1Q2Olr5+ycrdVM3OsllcdJBsG8pq0FY2TVJwj7rGPRJi1iBTUcxU
N+OqbeF/205mMWnnQWyp7lulfmgX76BFbA2Al+DBKIyYcuqj2AtYACGXsQow8KswjfmMcZn7B3Wa
ZT7zxBTab5QxVEIZIJwFgtCgKCHhoNEDmq8BvifBdQuPcALtRfy2d3zSQh8EoPFgpNSP51FAiCu6
XHlp6F1G5FuO0ngGuOpyMFSHQpPLIa7WcnQEM15OPVscWfyKsWproqaCKEUMGyuB4c88FHTVr9az
9VpjLfA3xcgpu/IicI72jt/t/TrA/sNqp39evUNgazcLJw+eljrp+XEB+fze9bRf866nNRUMIn/h
H5C7Gq86cA/jlCXg/gEz73qqfVg91NEDQi5Z6vkyvGKO9mCrqovyItJ+tjpyDPAE1fJyMjg42T/d
/037IAzp03eqd52e214suQ1EPeSiJvAm8FkTRk2ImvClCTJXXVNL4XE6QFCR0aRqkKXNvsI0G0Ef
1wBOywE+Owvzk3LVUTzSehRP0YhMC6cB4mxjg86yyDrgYsHqo5XnCeLT1fhMDT7wEqKYk9E5ClMh
myBi8IA0Lfgxl15IQTePx3LCUnT3cbNZANeTOGL5IY0UsVeRHWEhuOoYe4ve5KtXEDE+lpO6OPty
0YAfzE/Z2IUvrour+gIb0KEz+uxLDtBql4Xlqf/fDX7eP4A70KJQ9OGQbIoLyDJv6F5FC7/afuj0
nerTN9+9eI4LdpylTUtwxTxgN3WE2qQlNJYOQQMA/9f2nureaUKC9GqA84NgXITI/W8da6BGtjAq
gY0CVfNDNbei9DicMTt/SseZ/WA0iuZiokm0qFUWle+eP/97PspP/GszQE/lf7e2tkv5n067+5z/
+Vb5HzvLU04DmSyMsQZNDqKY87GyRlZ88eysJxLPZ72Li3U7xuP0Ck/O62e/Oxfr5w1ncz2LPRam
uocJ8whsp2FSMLl1c85xwJ3BoefymLOF86xovuoThZf/w/Uf3e037aX871Zn51n+v5H8z7x0ylKU
/Eyqej3jrKyJXi+TsaN3w9PDXweqzMKprju7QFa7H8W+Mdt10hb7Hh0P3u+fDIbvPx6+/1UZzGi5
mUzTyzwBlM45Z2kPRuyaUpOiCddxKifgQZLGPhMCmOdPjLLhol+tB55ksLEm1g7spAO5I6qL5eFR
Q+7l1WpwD+sH643cuVsnr2+GgOuqdws6aisbeXC/bbt8Vpo6Jf1EyaB5AkP4oZhvwzW05okMZ8yx
kS2qUF/0SY3Nk5frm4tyqy9etrNGhafuvba5voB1whY2QHdGclMj2XAsEqw0NqNfQ49taN2qnMqQ
+yw/DGiD1ddAU2gmwIVqh0bpooDAAXfMoK0Sa9TX1N/oQQGs5XOprbl7ic8XEKJ2V33bbaq2QT+/
a5qyFk15BDbPwbY02E3qp9aQTMfDmce9sWLuPF83w8m8RLpjJiHgI7idz8BLpvCv2yRhaZZFC0d2
LRQtceaU66GsPVw+lWiEfmZltDXj6HRa5uGr4qHEOoRlemtIGM9lv1qfTSWbJUg95Sf0MmR1b0UQ
md6ii6Pt97tssW4MH46m417vY+xPe73TcMYQbqfbRg/aqf7dUV71q1cqZtGGt7SIeC43U9/JcrjV
H4sPdmEB9yAZA9PqGKRSXwcR7P6NSpacpmaE7XLFOlQjQK0yvXXAjSR0VLsmpHH4XQa191koBZeH
XFqj9s+cAioyBs//Yx6mKo0eJNOxeh4K6swCuLzNXFKtamr5IgqbuyJ7rbOxVNNxieycwSWVkd6i
xxty2BGGC0TEWAI7JnAecxnyOct5ArKaAo1CgW52RMgQzjCS4nmdHs5ZKJmpWh5LGh6OTPEYxDxJ
4lSyIFucHgVkXkFd81ITJaeJotNE2Wlq4Wk8UsaX6eJkZnSxBmb8zA+Dd/t7B8Ofjg8PTgcHH/o8
5lbwJqs8oABSqW/uoL+ASJST6abExEtkKwqFFK314ZGm1WqJBiWLME9QUVqFD7pd17uAewuuy2NX
/3ZThjqD8UDV2MH9feY53xVh6rT8nwC2m7nZ+hhC5XWPe9BQ7JDMHBsWIaC7esm0QUrOCwI1ie/5
E1boo7dQ/6Ve3LU2IIOdDyJ1TKwXzgKxXEHqz9NoZQnpUlAUOxbqRulQpXjo/qcPJ8RXuxZT7Zp4
qKUkL+Pg9r+qJfGYiwPWb7fbRjthn3jKOGowRM8VJyib7j/h6PMpuO7Mu3HxUIcuuL9A7Z+udy1c
5nfdGZMe6gSXhrtSRq7OIPRgq93WHg6VeEaeZEK2vCRsUeeCgdAoni4aQxubAg6x4gKkggPuNdTW
7iZSJjRqUUMcnYdw7JFgagyWsMO+Lnam6O8Kc6tAOS0qmbjjw9z46rbbKoqe47prKz3TUrK4ALbb
242ljnnStMhOiD1MPKFUmj+BxJMTqKMFYGryQHpj0QSmjwpvjBZi/tTQx9JotlYrWYL2aabOrTHK
1l23526h4XtR2MkHVvFgnqAoCuBJMDsE9cgTEn45PT0ypQCG5AXErTRCtkHqLOoUDpD4mmfmElqX
/epdZ22tt74o1L/Bek8ZzGN8/nK9t0DTzDRZZlrGA3Mcpezusxdt9/uL9QaEAbhzlVzAHs5Xl5pT
HaWCGsRMEInYTSgkxLo4bub5k5Cz1WmUVfiNl/EzlVT/UviNdcHYmEnGJYzTeJ5kT1ZgbswU53fq
03OgxaTfUuOylS2tTT1XKH3t4krbuyirZss9I46L5TAMTP7Hn1JLv6ofrdCaAk3H94bLjequVgnN
DILJMKG3Rxbhak9Hgdt4/6BZXOigtDDNgUcPKyvEOYrrmA29KCrIlklZETKPWFurZCCfLSfaJI4C
lvZrNfunIhy1WR6gelbqhS6hQadYJHcPMp2z8tacgatNPAWkWBbbgZdwydC4vE5DKRmHL3MhgcfX
uTdmTa4KtTX85QLbFzAN0WBoFye0sFR0mXPDSKuIrGMBeglFdusXKWQIsuQji1vRmrKUs6iVejyI
Zy0NbjXNVAo6jDJ7N6s73dqkGx4rqokVb+//dNK3MUpsp09XzGJzWXGXNbTHUTxxExjlh5V526Pb
LVTdTZKLGxWEKfNljEfDY1oZuRBJ03Fy+awYR0pbOYrjqea0qxPl6hRGX+vHypJjxf7IHSviqrtt
dVHGWpr0UnBvktlI5dzd99AqAbVL8ouQi2EMIrxC7WkAyucrAtAiTSAeT5+rqdARE5IlNUFbIKBO
pcBkdaiJspMwi4NQ1W/GJFlQ2fB4ZdnLUmERTfmcu4MwFf1qx9qYoF/FqUhnug8yXIAMpzspc1qH
UHYzFtDQHS3SL9GmkCa6sqo+3kCyE/IZGsnlcNpvP46P2YGpNpCnlnmcC4VaZQu/TrV8FTQrdlEx
q2CttWhRGv107+dBJasM12ECYaRzBm46ygwBUVwBUDWKu2ru1d2XiCocS7BWUFXLx/09jEIeqIHu
LOQBS+QEOoA2dvad3TAfZIwmpevjPHcL2NDON3LTKtawYqI/H3we/rR/8IEE0IqGWphX8jTw13DN
MqFX89ATXARfu3hkNlUf5ErY3DQkKG1COiOmVFhaFpgRtae4sO5rbgusdaEKIyw3n9gfQZtTo+8a
V02vzc0aPkWMGw+jXJp3FfvoE5EYUu/5Y3tm83i+Y3dmit6PC2vXOkXww/xejY5gRmgO0gGgarec
FkXNW+ubiJx9DUB7GTggvwmQa1jzaCka2c4PVzuw7wZP3vhacSZ2vvJAtI5Do4+DMO1X60GYcm/G
FPlU7VJR66me+syUs6RvmlqbGrHNapWK2Co6RnRXKpdCj1TFNLFXQ90hiq95VuyVPcuvF9GjbumR
xW+mFXHehYVFM8t+0p0eP+kUNZHyq2mlTie6EWRiMPoC1M4OaGvCuhsz50NkmFxXzbx0qiueTvdO
B63qllu9236pi6AXTiEPrPsv5YBVIgmoCtYV05BumFW3oJ0Hg6nEcLnA73sHdIUztLU2Kt+5K1lA
LLv51S2C2sH/XuN/b/C/v5WtkMzjS33rItfjuMVT0LZxME/VJuf3gwzNqL2neUjRx7oN9sQM+v5d
5/tta57sVtUTg9VdgNyqyiDslq2YwoWp3MXQd8Yeu3mXrXIVJ2wqAMLJw/f1ax/cSGvMQp+Gio3s
PMo9uCTNPUiT9krxUJcYt0CVkaFqzC4y7oAMZ0zswji8QmUzTx7WMtqbtejw9u0y2it8Z4OxnlOh
m8OBzOMyl9D1BQ5Ln5jbevrKGm5xIRG7JmDpn0ot/V2hqS5JHR5/MP5XUa4V/H5lmcKXbBxywrkL
1S1nKc8n2xQRmAldiqlKokkAtTmzk5sSr17BCzvqK1Vi6ZFcWWkrr72Uh3zcKwQ4TPzOQNMT7GYb
n865oCuB+DSUAqp3OwsBUThTVwQtS6MQAjaLUVau/lUKBU9Fv10p32VUpM5Kp02eEztbHL/UsZDu
KpLtTxENsj7uFDptBQxtHabUncndaV1Z0nzGBLSct053W6HxgGThdAGV+qkLplWTyMocKfgz8+uY
y1MU1YW5XN/Ww/bawTG8BZ7fIdxu0j3parcJ1a0mVHeaUH0Ni9pKqPeF6wWWbeZPhVR/yUizZISG
ulXTR33RJlplBSX1dpqbkqs8ZVRkF+X4FSXatRXQdvJ2Lbjoybqd77dXhx8eUYDKB9YRYTyAdtEE
I4GxbwznV2mNVtRz6a3KV6GlRDEvnbBfvZaHNLs+hc1p9fga9SFHF4DL/v2KkIqVHc0WU0aFMrQW
LkYR2ENVfLBbvPxaXmcZcDy1oOqlZXs6TJknYgrD/K3ncnbF0oVjX9rXHVYp8dINdC+69m5Fw+qj
WozlEI6GKaP0d9AoXAhnK27gp3PeUlBcM6i8xzY2pa5m86Ji0QS9X8BNmZBeSkdfOVBOJ8dSLzd9
VAvaeJTHZpc1lq6Iq1IllOuVhS3+1D7x9Pm7oW7PwJroZSevtr3MKGWUor/aIk1KNyCqO06WGptq
/VfkHH/azkAI2Y+neeTWn/oO9K06GuqhBKBQ+viQbVCyizUEx4KeG5lOtV68KbLtwD3IFGrn/FzW
oAZQa5RsDaNYC/E8gvuiX4rnlT0aomZ1C+KRluzuI5LtT/3eqssw2Xy28zOJrwum04ZFDmMbqZvD
1O3rX4tAQ1WWMHeFLR7Pr8E/zLN5H51u1J6sHZMsK75sCN0Uiudo+WjnWgN5yh9EkchRzgmwEjHq
rSoDLlEqvhrFgNL2uooPpXfCUraLauo6jAxc2t3COx3szdPim+P6YjW2f3L+JPSnAuYJ2YbmzSx0
wfIBfJbdztINMXX3o1F4Swa2uHFqdJChm+W+2b1X9DEvsCgurnrXXbBAkZFeeiFUrWRhHf/tMmd6
8ddfXAH8RP3/Vrtbrv+n7s/1v9+m/td+91v+3h6yVle8SQ3NoH7ppSgtAlGODFDXR0OFNKwHXkRf
QIRj7kV4FsScQoVeGoUsBf1qoryKUEFuPPDaKOxAJyp9S5novz88ON0/+DzIF2ifrml2uGYD9t7t
HXw4PCjfflC3ZJXAbKZz/jWLM0pJvZsHl6mPDuW5grkG+e7w8JRCLJ9P1MvmRKGGsp1FxcnKeGRU
5pCtQrix5JNZTkpGlAe2qYj/V1nktCG6hqKbO8wEiN6wZAVQkfIUresVgzJCVRZk+26ODAOidGqM
08R60Z/0xqJlanpa3rXoeXMZC9+LQj7uUbHFgTdjsLVU1WRVfqTJ1+w0j+Fh+NKjCpPCS8FqIisy
otuSPIYoHDH/1o8YeOpKKb1SbJZETLIHuT17gSM4pi+xWxlYMVGGFAoDi1QGLTcMGuWeqfBu+061
m8Mk0verHVWw0td0yoBQQxhSblXnqyzCZGtyM3iuXrBrNeEULgX+1cuBXAThahguTWwem21Sr0h0
XWsx6iniUgCu5sNTex5Jk2w2b5o8ejfc+3x6ePJ+7+P+wc/Zqxnz90vaOTjXZTxI4pBLd55GSvJW
jXYyO8y8gfEhnnI1S1U16R8zwnTXPFfwKA9YMB80HZ9vRf3nfOzT4a+0/94s2335/c/tnfL9z+3t
rWf771t8XsIpGSZ+mOB5VLRQejBmnKWeZEETgliVIgah3MRBt/QqwpCrt+0oM4C0ImuqUtVWs/Ly
QRuHusoY4inEqTYlmhBzv/TCQ8oBMB6wYLOiFJ9KrawCOYrT/MFve8fDIJ55IXeeFdrDH1U38Nff
/3xM/pe+d9pbW53vYOdZ/r/R/rc7rggl+4viAE/d/99e8v+77dedZ/3/bfQ/hWE7PUAGqGzmfqO6
Ge5U1AmROa0FpY9fOKN3iExYFBUPAU+AB6o9SeOrUIQxZ2kNHQ16h0gQM4FHRBb1Dzm0mvi/ejHz
KE5nntys1I0Lwex6RvSEdfy8X9Pe4t2y8l848Jbq7tVPXb4tJvG1jiI72VuL9M/G83Hx/Hn+PH/+
Iz7/PwAA//+vEXCGAGYAAA==
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
