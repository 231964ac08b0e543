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
H4sIAAAAAAAC/+x8e2/buPLo/p1PMVWd2kqsWHKS9tSus6eP7J5g+0uLtrv3ByRZQ5FoW7UsaUU6
j5P6u1/MkJQoWU7ac08XuECNorH5HM6bwyEv01Ts8dlP3/Pjuq779OCA/rquW/vrPesf9HWZLPfc
Q6//E7g//Q2fJRd+/pPr/jcWaS7u/5NPdjmeLv087NhwtwWQXY4n6TIJR61OdjmOFv6UjcNoyriw
twCiCZyB1dKNLBiB1fIsuBiCmLFkCwCABbMUrMzPL/05G2A50DAwS+OQ0292k7FAsBCwCXRanm1R
15yJZZ6AuwUwicrp+jgP8qnjx/G3zEXDF9B2IUkFtLwh5MskiZIpsCuW3wIXLANf0AwSjvevxh9+
Px2/fPt25DUCVps3Z5MlxwFFCkGaTKLpMmcgZhGHKOHCTwIF3JKzHEJf+AoFHPxEQYwjhXAdiRm0
vC5cLkW5nDaH1vtX4/95eXryy/HHT8D9Ww4GFY6e9LcKIPe3VlvZ5ThnuJ4omSrC1kCmRbc8SBgL
Ofggm0On1bcJv4QNyPxcwDRlHNIE/IlgOUSEI3YTCfCeH8i5Zmk6H9NK41hNdyYZ4xEyyPtX43+9
e/ebBRfw5AmcgROC1bpDJL9792ngrHpXft6Lo8teEKfLEJt9+WKifDEPoxycTPXCsbZ7OyuEI8jk
PMUke2KRWThNMFukIbjPXLehcnEFzqReXgJqrGoSJRGfqUUFPmeItEhyn2vTMhGm9y8/4EqQUa/9
fKGWsKjMYsFwCI8VGn1q5yyzLnCWX0UBA5aI/BYiDgm7ETSB9/zApi+Iz+pQNEGNpkkKhEEnSiIB
M4Y8mELO+HLBqjQdoAhIBuVBHmUC/KkfaRJjU8kPlpqdBHGNbPky6fFbLtgiVH8LTQDydyBiNdIQ
WMxZ8YOkiCQYGclVP4ZD+rJTLvrRVyy7yq0Rh2UiqcZCycqIT9lCszKJWVQsj+Zl3A80ZyNPaTHK
0lwUTK2heXPyoZezIM01uw7gqF6xocNeMGPBnG/sp+vXGf/D8ft3Hz5p1ifgAj5agye7HMshRptH
Vpq1xrqaE7WcKtg/fnr56biH/LpXrNlQwoEvNrZbA25ttX4cWw8MU2BsEyY3oJDGhv5RL2RXvWQZ
x4RwmmwD8mSPhxCoYSYmxsbRCH+lOVlPiJKqnFi9JZf6LbsVszTZ74URF07mB3N/yrjUeiiyvSuW
8yhN9rLbB0bY6fFIsPuHGEKYbinVkSujrVSwhLnV4SwEJ4E27/05Hv9x/OHjybvT8RiN+nlnb+fc
tlq9c6+XtXVvGztf5syfbwGEacLk+jl6C6XAO44Coop68K/n0D79AKMReHAHWR4lAlp9WLVR3t+/
Gr8+GbUINPzx8Q394CG8fU2W+DUN4FwBF75YIm08C39+5mkiCSXlQyrzNi391fGvJ6ckuvhBCnUi
GIE3hAheQP/w6RCi3V0b0jw84wTQpGNtB1YXIvsCRqC1VM6CKGMwguPTP04+vDs9s2i61yfvj62L
IeRpvFb57i1VSd+pVvnm5Nfjj5+wOohqVa9PsJiHteKPb6wLBQtpuWotirCqX9H/k2USCKTAXx3e
BYB0KbqQdCHqQtCFyy6Z/S587sK8C+ncLlCULnFsyxpCAiOIWTIVsw63mxE4gkThT3cHCFCNLC+5
yHHmqAuePYRLGBGKgwvYLZQ9KaFOgOxgnVuWrebG/63z83PLKtqR5TAan681Pm9ofAkvYL+PIn9J
LNd/ZvYqqH1+vtx2D26sLlzazYN4/X+YPYNqq3LpQFiFEfY6GqHxJnFBPPX7+zb8DB4MVGW/b1Tu
P8fKfll54JaVBwdYuQ8DA3EA6RxGcrojoMYR7MrfSBWjIZHssyRZOseWn6kJQ+P4mWgHc0Ueg26w
i8zh2USwIaFiLlGBCJ3DEXjPPVuC4SqmK4kqJ5LgjaC/eQ6vNkeHSKWQQxM+dW2cUVXsP5MVR+Ad
PjcrJMaoByLMqDgoehzs2/dAjEAa7GGyMC1klzg5gl2F95Ukf4UPl5PJJCxZUU+yKrQIubTI7aqH
YvKa0C4TxgM/Y+uy+30FtUkwzy3JXS8gQQxFu7vDZhkvEaG6Jhb8DNZ5YsEAAV9VxWZdnmpYSpfC
wM1d6Yh2Wn00sb4geGAEvjhr9S8kA7UOaW4+j7KMhQQ7F2fRBW1EdKlNHqHs0FQrUuHH4IwgXOZY
qyGT8k5z7u4mQzUxmomiSeIvGHYZQas/hJnPZ+rX/hCymc915cFQwTWC1uEQgjTUNU+HetoRtJ6Z
yz5sBHO3aCZhOD59U2ALLSUapo40mYgaF7WJlc6RKkYx7jSwotg1Yr018aOYFQwtNSZYd+cJwLkl
beK5NYBt3lVFaVwtQAddhQ8q5eSvjNFhqRSrzUS1jGCsFKGLPkaUUWmoSgkdY86CNAll+739Sfc8
sbrwV0cCa9PXNJZfVFgDvwYR/eGh/INos7vK0egqRB+Rp2EQhAwxksSyC9wgIHE0YcFtYKCCQMDm
dnUUsxduyAnsM6vaKI4SpKHe7zhIoAFYFaKWNK2QdBNFO5ZuZ9mWDZbyUkb6S2kd5dpHiEpuKUx8
g5LRC9zmSCOAu3MLJUQhBs4tlJDyF0lI+bNC+ga6w7kVLnMfdWad7iuri7AdgYc46NLaLSKuklD6
ruSTvmvpVBwgvym57GqRrBAGYAYjLeND1Iid3p985vcPnw56XbCsLsyqOlWJ/IiIZWvK0p8S49t8
sM0LjCtwu1rhzrpkNPu2hqnBaWnSaffO9cBEEhs1NV2S9kILNW2OJAt3oZOQa0ImAEARoIpAtCPa
qbmeRTGDTmfKBMEYwwuQA2In12QqnsWR6MRduOmCBVaJADTtN2feBXz8/dXH4/dwc7Z/UcH/o84c
TQdnLLHReuCXs/kF6fNgiP4Jy9FJHcHcsFeC3aCtireafCrypp4qV0qywNmfcLEDigOwcwlhgGuT
MxZEuJOyX7I5Lfu/JgV/dW7O+pKrC7+CgLJl3QHW3ZwdXuD/T9fIvLbWQK21LtrERJ3P6yIn1yxx
+/niolkDllw0YSKYsZKNggfZaHEPG03gBagRN/DRZJ2PGrQWT5d5YKimKz9eSiAlBQI/jo2fvhBs
kQmjpEk/LXZ369oJ2Zfo0Sd67NP/BxeSQtVlNwjiebIiY9NZPIg0uftGHEnfoa3RVMY8VIEFRTCk
CIxYMiKQs4DX46nmJtwoUOE0GrMSTe3raCrnC5uiCXwhm+nI7j7+d2ANtWeoooR8Xzbfr7UDq3V3
OHBWZgd4DD5MopjJM4A49UMWQpSIVJ5HJFdRniYLlogyENihWZYLn8/BffZMxagqIANEi5ATGPhF
wqDAA5rPprCW41SqcAIVs/rj5YePvZaHLhbtWu6ajjWCdBmHBLjEy5WfR/5lTKHoSZ4uAFctzwAK
99nbkhySXY5xtUZEkzMdzuwUi6OgkOSj9jZvyzOXKoR242D4szw5uhq1OsV6jb7G8Dd2GdxHXF/5
MVjvX3549fK3Y2w/bnmj89YdDrZ9s5JHDVmai3ojNT8uoJzfv56P2v71vC0jnBQv+j9QRqOeePAF
pjnLwPkLFv71XAWrVVdLdYgSwXI/ENEVs1SouiWbgHMFYZSPitVRBApNp5Kbj8enH08+nfxxTBU5
Q/yMrNadN3DclY5KFRs9wh5yEW3wkkUXJl2IKS4jSk01N/RbQpYD9RZNKjsZyusrfLIJjHANYPUs
SBZnUWkim2zwRKlNNJ+x9nb52e4uGbHYsGwpZ51Jo/lAePoKnrmGBx5DnCbkbU6inIsu8BR8IMUK
QZoIP6IzOj9JxYzlEHFAYrMQrmdpzErrjBgxV1FYrAgcabWORuAhC+pd8tnnCxte6J/CHsJnx8FV
fcZdPhnns8/lgEa5qCxvZcYYQYnC+n5VcgG55LZqVXXtW+4mYzvXMZoCGL3vXyNahitOQnbTwVG7
tAR7zebBeoxDNve6kCG+bLBecJbwCLn/yDI6KmArvTLYrWDVXot9FP1wxsLc1KyXWTGZxEs+Uyha
tbdWWz/9+HzHj9zxfd8MkPvzP1y3/9St5X94rvf0R/7H35T/YWZ51NNAtoxT2DsjB2G7t7PqUTxC
9lPHmSe/fBxBzvwQnLwYBF481Fedy5UuyHmCTsidHmHgJGnCVtYPbfBf/8TR5fdO/3pA/vfdZweH
9fyv/b77Q/7/Jvlf+Pmc5Sj5hQQOBnr3sc0Hg0Ie378af3r32/Ep5QtYrR1rCOSGs0UkxlywbHzJ
plEih9IDA8U3HKrBLUurD6399Z7pvLFbOr+nD59HWWMvrLin38SP4sZ+WFH0A9p11rrmTOS3jX2p
ZmNn2jg3LJLKzVVC6wBahw19Vey2sb+su28MGQeu91ZpX5uATnm9Q8pl40qzS58zaUXqzbHGkQlu
La/SR+Uu1Duo4o0QiShYQyGWVRpd+4i04oyh3h6rnTJTqraUOWtmYhl8L5l4vVuYJqyxF1ZUm6ep
2DBLmopilvU+jVNgF3OKIE4DvSs2E30+HL8++Xg8fv323evf5H4UN0Y6Y+txmUiVL5OE5QOYsGtK
FORduE5zMQMfsjwNGOfA/GCmM2kSPmp1Ql8w2N3m26dm2gft9mUTI4BCBWUQpd2GL7BzumOXsZMd
CqoscOCObN0DTypW2y4CO64ZUTGSRg0HZJnBWPsfOm8N19BbZiJasEp6kJHThFjkI3JAltnjnb1V
vTTgj92iUMKpWm/v7axgh6CFXVCNEd1USFskFnNW61vgz1Z9qeEkUjGbKAlY6ZoRgeXXUGFowcGB
lke9VIpuaIEzZeBKz4zauipvTHUKYbucS5Lm7jHWryBKcC9IbV2XYn0wHEJfFxUlCvM42LIctqeG
3aN2cg3ZfDpe+Ik/laamzJha0HFuJpwpExAmE7hdLsDP5vDv2yxjeZHHFE0gSBcLPwnBuZJLXFhg
pBj1j554Bg3X/UnqUT1mlltvYhyV0FQE0AhqPzNcYpHfahSmSzFqdRZzwRYZYk9uwwcFsKq1RAja
hV3w1Pb4rlisk8Kb9/PpYPA2DeaDwadowXBcr++C8xdYrX9aMmj15IkMCbpwRItIl2IvD6wiF7L1
c7ViCCv4AoIx0KVWkfUWqBid2d7eKpI8ZVw3sMBJJOtQJiCVivzWAicW4MlyhUgdT3MYtF8XkUpc
HnJpm8p/TyheKVLwg7+WUS7TUcNsPpX1EafGLITL2yLio1RNu1xEhbgNWaDaeIS+8NHyQDEuqYz8
NkqmyGyHXHMBjxnL4FAfSKWJiJIlK3kCiiReBUIFb2bAVSNOM5LkeZWgV7JQtpCZ9YY0bA78Jinw
ZZaluWBhsTjVC+TWqqN4qYuS00XR6aLsdJXw2OuB4f4zFRoudHG20LpYDabDOG+OX528PB3/8uHd
6afj0zejJE2M2GiRwUvx2VrbMv71CGJeT2fUCd9+JnpxxAXv7YzfK1w1SzRIWYRlhorSSCBW5Sr7
HJxbcJwkddRvJ2eoM1hC0fl/osgUgam76pgqMfIbBhsWUSxlhlB5fUEa2JIdsoVljkUAqKZ+NrdJ
yflhKCcJ/GDGKm0UCdVfapU4BgGKsctOpI6J9aJFqNnO0JrBMo/rCCb2WztzwIaUi85CFso8cj+U
xw0n//PmI/HV0GCqoT5uMJTkZRre/qdaEs1cGrKR67paO2GbdM4S1GAInsM/omw6/wvvf/8EjrPw
bxw06tAH51/Q/l/Hv+YOC/rOggkfdYJD3R0hYkedxw1g33Xb8rQCl9WLfcG46PlZ1KPGFQfBrloX
BaEJTQWGVHIBYsEC5xra23czITLqtWojjNYmGAckmAqCNeiwrYON6XClwd2qYE6JSiHuWFk6X33X
taEwCATr0FR6uqTmcQEcuAf2WsMyGaHKTgg9zHwuVVowg8wXM+igB6BvyIDwp7wLTJkKf4oeYlmr
8WNoNFOr1TxB05pJuzVF2brrD5x9dHwvKpTcsIqNx3BVUQBfgKYQdGKfC/jXp0/vdYqNRnkFcOOU
riCQtEVexYCk10nhLqF3OWrdedvbg51V5TYK7AykwzzF+sc7gxW6ZrrIcNMKHlhiL+l3nz1ynecX
OzZEIThLeXaHLaxGPdFkpuhWkxw1TBknFLGbiAtI1SWThR/MooQ1n1I2wTddh0/nsv9bwjdVEccp
EywRMM3TZVbUNECu3RTrT2ozsKDHRNCT/YqVra1N1kuQvnZxNfKu6qrZ2J4Rx6ViHIX6eDWYU8mo
paoatCZH1/G15nKtulstArMYQR/g4m6PPMLmnY4cbvf1Rre40kBqYZoDTQ+rK8QliuuUjf04rsiW
PhEmYO7xtppkoJytRNosjUOWj9pt86dEHJUZO0BZV2uFW0INTv2GiMiXrE6aM3CUiycHqV5S8+Ax
XDJ0Lq/zSAiWwOclF5Ck1+VuzJhcXptU469fd3sE8wgdBrc6oQGlxMsy0YzUhGQVC1BLqLLbqIoh
jZC1PTK/5b05yxMW93I/CdNFTw3XjDOZ4RHFhb9bnBzs72WxH7CGu32St+vHBpm56VM3z7C4rrjr
GtpPUDyRCIzSL6R7O4CI7oX5iZRcJFQY5SwQKZqG+7QyciGixrNK+dzSGynl5UiOp1s/fZWHIq0w
7rV+3lrbWLG/yo0VcdXdAcVTzaUJPwfnJltMZEqL8xp6tUHNC7LVkathDEK8BO1rB1Cgsdp1P+SG
Ce9xFkfJ8qbHkkmaB0xdKTJ8zJxxkaKrnNyzOTcaOb9IJvG+BkK5K60uUSkdWuT9+TMSGbhV5IJl
bU5MwqFDl/7IL5ITFba6iNTQPb2CjY3LX1IKt9b3gTJwo3ijlL8wyvmo5RmsE45aOBVpdWejSIQo
EqqRdPhVkGdYMKka3VJK5zF6PULHf5ru0+qRzIycAozscjwfuffDoykwVy783HDgS7GVq+zh17nS
ABXdj01kVC3c7q166g7gr8dbxR1QFcjQlyZR3eWTwlXh1RUApaM5TXM3N19DKrcM0W/AqhKTL19g
EiWh7OgsoiRkmZiBB7gLKL6zGxaASNHpdQKc524Fuyo8gNzUxBpG1PbX09/Hv5ycvlFXNL0K8xfE
+hauWUd0Mw89wEXwtYtHZpMJgo6AvT2NghoR8gUxpYTS8BG1qD3EhZ1AcVtorAs1E0G59wB9OBGn
Td8VrApfe3ttrEWI7c0g1+ZtYh9ls4khFc3vo5nJ4yXF7vQUg59XBtW86vDj8h6+irHG6LCSiZLJ
nVaP4vq9nT0EzrwqqvZB2KG8LVpqWF21Fi91S/NvHj044YMvRDRYbe8rTbZhsLU+DqN81OqEUZ74
CybRJ5MXq1pPtlRWXSyykS7q7SnA9lotymLdUlGsu1q+JO6ZZdQVW9nyzYH0OimyPYu68jkCqurX
qgx+06WWPPsx7eWi3uh+SyexiZhvxpW0TnT3X0eJ1IMJh4eg/B3jFvwyodPPUlct/Hw+Mq5rt/ad
1t3BY3X9YVXcMdf8hO2tuuGuHuQaebyucUk7zcP1DN/nFqi7DeCq1vU3Omo+GivG71eHOsT/nuJ/
z/C/f9S9kGJPmgfGww/3w5bOQXnv4TKXRC6v8mucUflA8ZDEjwpi0G2s+2dQB7fe8wNjnuL9hAc6
q9PiwqsqRhjWvZjK0wjlJki9DnHfSx3FKps4YU8OwK3ygKFzHYATK41ZaWPL6M3hZu6hU/tyoYgU
t0k85KMn+yDzSFE1Fg+fHIKIFowPYRpdobJZZpu1jNpvG3g4OloHu2F3bxzEV+hijFTuC/UTD+r6
1npb/UAFkrmSvLHNYe2fPAD7pwRVXl5/9+GN3iVWZVuOP9qqYVmeSleFaO08UrgUuVhwlZEtL0KQ
GCqn5rB0KJ48gUfmzkHIA7B7tg01gl77eRIl00ElEKPjjHo0NcGwIH++TDg9AYK1keDQujtccYij
hXwSxPA3KqFqvRjp66pftZD1nI/crfrbJRLZ1Yc/VGOD79caVo7lqmj7JqRB0caZg+fKwdDjYVLp
6TNGpTFr+k87gsYe0esfSDA2yBdOF1LGr3xQpqUP3IrtFHzL/Co29BBGVX5+oi6qYHn79AMcQVK+
NnHQpdeVWv0utPa70DrsQusprNqNo36pXCoyPLRgzoX868k/fflnX/45kH8OC96pht/n5IpVLvPb
UE8TArUIz9Lf+sW3/eLbQfHt0Lh4UtqAteyh/7dhi+B64fzBhvCBfiSkKcKA6vmiHjikDAfl3LhW
Wa50EW7QHe/5QXPc5x69Lrf2KhSPdnWIniVpAPPJo/ItIK3s1VyK98pVKLGX0kiOw1evZaPBWjfE
969T0ZJeMaqHLhriWcbRdLGg9Zy2OjzFQivdZYC2X33/pb7eWl5ffWS1wIK645z5PKVI2D8GTsKu
WL6yzFfMVIMmC1V7ksuPr/1bbhttZInm4mgyzhllIIR25W0r1vAkWb5MenIUR3eqU9uEpta0eDSg
mrdCD645OePCz8mu188qyCiutXLyexW8CUe9b3Edbe21K5kthuqhMbcomJvGXDkXu/I6IGzzQeFW
KOdS95JeN27Ie2Qk6I5X69AqTifnSrVXeSeYu8UQXIzSeRk8D+aBRe92GKZTjKQYVPLGNzk+Ncdf
jWAZo5detNXq1BOHDiz4Un2HqH1Hd3vIvnjmbVirC9b5eVJ9mKPl2sN77maZL2q03OJJjcqgxoMc
P6s3b9TDGrBq2zW/bv2lL73MR6Na/LS+gyTitvYhnSh1079H3QTzYNB0+7CYz9xsztLripu6a1BH
+6HyAQhq9vUPzskcSTo3roQekuLBwLdvxr+ffjp5uxZnN89Q96TNXCaRGLW88gRVFezp19HK48r1
F9oUoEwENUApAokj7dGrJLUEtbPfk0hcnCePoSCEeiAwS9O4PAQnkebS202T+BZSLI3Uw3Z0tZ1g
3DtPXqdJGIkoTd77YnZ8E3HBRxrfFZxYcF4okaNvWEZPP0gRJY6eNkiTSTW6qmP4hgYsXwrbrNHK
NiofQAVyzJB83TgWXeimbLpEl1/FltQgD4RDZmkcGs9Xbn7Xsey6aVuvtoheIZcySjJjcaiRRdJZ
W0PLg2sfdySoK6rvQnboNVDNCBEneKJkapcnDbmoHpBKAJ48MXfo8gBXEbUR4TSQTEm6RFvw1agP
KV9IpQ+jzZqxnA1pTVGsxyUlUnmU0dQRymh91TIeNS/kG0HLomDOYZnRPlC/3UqPKWwAdT3QVLsU
Lq972pUXMLHESXNtlDVKjYCN2bqhjX6cssYud/2VzPpXD1pymb9dWccDl6ZkHPj73/95tn7vr3rn
p3b/Z9/7CQ5/3P/57h9Jf9dzeCTYd7oJ9tD9z/01+vfdwx/vf/8tn8fSzfMGgAywtVc+sipvBlpb
5sMQbTRKLB/T4UobbaTxKkOYLvwoWVnt4Va9apozhnuRldXeagO58HTS05Y+RiRYG9rII21o52kq
Bvhfu/TroJ1Mo+SmXVi6ouDHDc4fnx+fH58fn//s838DAAD//wLJyxAAZAAA
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
# An image baked for a warm pool holds the services it enables until this flag exists: without a
# pool, every start is a service entry.
mkdir -p '/var/lib/parbake' && : >'/var/lib/parbake/in-service'
pb_load 'domain'
pb_load 'greeting'
pb_run_step 1 1 'site' 'sha256:f1931d17e3e490ebd43c920a098b38c94af9757e8b1cb8dc302b99ab14d25992' 0 0 "$PB_DIR"/'steps/01-site.sh' never boot
pb_emit_boot_done
