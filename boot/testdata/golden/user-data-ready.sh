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
H4sIAAAAAAAC/+x9+1PbyNLo/sxf0VFMbIOFH0DyxV6xlwC7hzoJUED2nFvAcQlpbCuWJa1mzOMQ
/++3umdGGskyZO93sre+uqFSwZ5nT0+/pqence/5Fp/89F1/Op1O5+3ODv3udDrl3513795ln6m8
29neefsTdH76C37mXLjpT53Of2KR5uL+h/wkt0P3ng9T5vqPjSY8rQF48WzmRj7Yd+Dec9hr++yu
Hc3DEHp7b7rw9Su1AmDeJAYrcdNbd8r6ICYM9v9xAQcfjyHgEDHmMx9EDLXugCqT0I0giLhww5BD
ICCIgAuW4CxeGFiw96ZHA6dMzNMIur13awCLNYArsP8NVu1p/x8Xw/Oj345PT/r2Qn49PPp1//PH
y7zYghsEUY3RWQNIbocpGwdx5NQaye0wmPkcYfHYjEWiLauaeZ81gOWBnVo2yhoAe0jiVFQ0W1us
SYQqVP7t9NORU3vCX327ncaxWFCvo4Pe8NPR5f7h/uX+8OLo/Pfjg6Ph0cnh2enxyaVj1c4+DI8/
HV60LWp9tv/b0blTr8M1oUdi4fL8fw8/nR4eOa7vJiK4I+QPP+3/c7h/eXn06ezywrFqT2cfhhcX
n7Kivr27sGhXrdr/stYWaz/dxrH43gLgef7vvuvt9Mr8v9vt/eD/v4j/x3M39RXBJrfDUTyPfM0q
7pgN/WDMuGiuAQQjuAKrphtZ4IBV61pwQwwerZIKNAxM4tDn9J09JMwTzAdsAo1at2mZfI88Owry
6Xo4D9Kp7Ybhn5mLhs+gbUEUCxJG6TyKgmgM7I6lj0oECZpBwnH2YXj++WS4//Gj060ErDRvykZz
jgOKGLw4GgXjecpATAIuxV3kKeDmnKXgu8JVKOCAEpEgxpF8uA/EBGrdFtzORb6cOgeUCJ/2T45/
Pbq4BO4+cjB2QcpNBeS2lEEpw/UE0VhtbAlkWnStS1KagwuyOTRqvaYU1vQ1cVMB45hxiCNwR4Kl
EBCO2EMgoPt+R841iePpUAl2Nd2VJIxXSCBnH4Z/Oz39OwrmN29QlvsgJdP56ell316079y0HQa3
bS+M5/6y/J5N/SAFO1G9cKz19sYC4fASOU82yZaYJRZO401msQ+dd51OReXsDuxRuTwH1FjVKIgC
PtGK0eUMkRZI6us0aZkI09n++SXpHgfu3XSmljArzGLBYACvFRpdamfPkxZwlt4FHgMWifRRas4H
QRN03+806QNpwFERlV+/lvc0ioEwaAdRIGDCkAZjSBmfz1hxT/vIApJAuZcGiQB37AZ6i7GppAdL
zU6MuLRt6Txq80cu2MxXvzNJAPK7J0I10gBYyFn2hbiIOBgJqaO+DAb0YSNf9KtvWHaRWgMO80ju
GvMlKSM+ZQtNysRmQbY8mpdx19OUjTSl2Qg1fUbUGprD4/N2yrw41eTah71yxYoOW96EeVO+sp+u
Xyb886Oz0/NLTfoEnMedJXiS26Ecwlk9spKsJdLVlKj5VMF+cbl/edRGet3K1mwIYc8VK9stAbe0
WjcMrReGyTC2CpMrUEhjQ8+wXxHhNNkK5MkeLyFQw0xEjI0DB7/FKWlPtGoLfGK151zKt+RRTOJo
u+0HXNiJ603dMeNS6iHLtu9YyoM42koeXxhho80DwZ4fYgB+vKZER6qUthLBEuZagzMf7AjqvP2v
4fD3o/OL49OT4RCV+nVja+O6adXa1912Ute9m9j5NmXudA3AjyMm18/RWsgZ3rYVEEXUg3s/hfrJ
OTgOdOEJkjSIBNR6sKgjv599GB4ck5XtBfjl4pC+cB8+HpAmPqAB7DvgwhVz3JuuhV+/8DiSGyX5
QwrzOi39w9FvxyfqtCJ3qBGAA90BBPAz9HbfDiDY3GxCnPpXnAAaNax1z2pB0LwBB7SUSpkXJAwc
ODr5/fj89OTKoukOjs+OrJsBpHG4VHn6kaqk7VSqPDz+7ejiEqu9oFR1cIzF3C8VXxxaNwoWknLF
WmRhVb+g/0fzyBO4A380eAsA4rloQdSCoAVeC25bpPZb8KUF0xbE02aGoniOY1vWACJwIGTRWEwa
vFmNQAcihT/dHcBDMTK/5SLFmYMWdJsDuAWHUOzdwGYm7EkINTwkB+vasppqbvzfur6+tqysHWkO
o/H1UuPrisa38DNs95Dlb4nkeu/MXtluX1/P1zs7D1YLbpvVg3R7/2X29Iqt8qUDYRUc7LXnoPIm
dkE89XrbTfgFutBXlb2eUbn9Hit7eeVOJ6/c2cHKbegbiAOIp+DI6faAGgewKb/jrhgNacu+yC2L
p9jyCzVhqBy/0N7BVG2PsW+wicTRbdKGDQgVU4kKROgU9qD7vtuUYHQU0eWbKieS4DnQWz1HtzRH
g7ZKIYcmfNuhk7mq2H4nK/agu/verJAYox6IMKNiJ+uxs918BmIE0iAPk4RpIZtEyQFsKrwv5PYX
6HA+Go38nBT1JItMipBJi9SueigiLzHtPGLccxO2zLvfl1GrGPPaktT1M0SIoWBzc1DN4zkiVNfI
gl/Auo4s6CPgiyLbLPNTCUvxXBi4ecoN0UathyrWFQQPOOCKq1rvRhJQbZfm5tMgSZhPsHNxFdzQ
QUSXNskilB2qakUs3BBsB/x5irUaMsnvNOfmZjRQE6OayJpE7oxhFwdqvQFMXD5R37YHkExcrit3
BgouB2q7A/BiX9e8HehpHai9M5e9WwnmZtZMwnB0cphhCzUlKqaGVJmImg5KEyue4q4YxXjSwIrs
1Ij11sgNQpYRtJSYYD1dRwDXltSJ11Yf1nlLFcVhsQANdOU+KJSTvTJEg6VQrA4TxTKCsVCEJvoQ
UUalvioldAw58+LIl+23tket68hqwR8NCWyTPsah/KDcGvjRC+gX9+UvRFuzpQyNlkL0HlkaxoaQ
IsYtsZoZbhCQMBgx79EzUEEgYPNmcRSzFx7ICewrq9goDCLcQ33esXGD+mAVNjXf08KWrtrRhqXb
WU2rCZayUhz9IdeOcu0OopJbChN/QsjoBa5z3COAp2sLOUQhBq4t5JD8G3FI/rWw9RX7DteWP09d
lJnlfV9YLYRtD7qIgxat3aLNVRxKnxV/0mfNnYoC5CfFly3NkoWNAZiAo3l8gBKx0f4Xn7i93bf9
dgssqwWTokxVLO/QZjX1ztKvHOPrvL/OM4wrcFta4E5apDR7TQ1ThdFSJdOeneuFiSQ2SmI639ob
zdR0OJIk3IJGRKYJqQAAtQFFBKIe0UbN/SQIGTQaYyYIxhB+BjkgduqYRMWTMBCNsAUPLbDAyhGA
qv3hqnsDF58/XBydwcPV9k0B/68aU7pzYCxqovbAD1fTG5Ln3gDtE5aikerA1NBXgj2grgrXqmwq
sqbeKlNKksDVv+BmAxQFYOccQg/XJmfMNuFJ8n5O5rTs/xgX/NF4uOpJqs7sCgKqKet2sO7havcG
/3+7tM1La/XUWsusTUTU+LLMcnLNErdfbm6qJWBORSMmvAnLych7kYxmz5DRCH4GNeIKOhot01GF
1OLxPPUM0XTnhnMJpNwBzw1D46srBJslwiipkk+zzc2ydELypf3o0X5s0/87N3KHisuuYMTraEHK
pjF7EWny9I04krZDXaMp93moAgsyZ0jmGLGkRyBlHi/7U81DuFGg3Gk0ZsGb2tPeVM5nTfIm8Jls
pj272/jfjjXQlqHyEvJt2Xy71A6s2tNu316YHeA1uDAKQibvAMLY9ZkPQSRieR8R3QVpHM1YJHJH
YINmmc9cPoXOu3fKR1UAGSCY+ZzAoEtFgkGBBzRfk9xatl2owgmUz+r3/fOLdq2LJlZz5cWqF89D
nwCXeLlz08C9DckVPUrjGeCqy3en6uY0uR3iag2PJmfandnIFkdOIUlH9XVel3cuRQiblYPh1/zm
6M6pNbL1Gn2N4R+KF63szg3BOts//7D/9yNsP6x1nevaEw62/rCw8rvWUiM1Py4gn9+9nzp1935a
lx5O8hf9A3Jv1JsufIVxyhKw/4CZez9VzmrV1VIdgkiw1PVEcMcs5aquySZg34EfpE62OvJAoepU
fHNxdHJxfHn8+xFVpAzx41i1p27f7iy0Vyo76BH2kIrogBfNWjBqQUh+GZFLqqkh3yLSHCi3aFLZ
yRBe32CTjcDBNYDVtiCaXQW5iqzSwSMlNlF9htra5Vebm6TEQkOzxZw1RpXqA+HpKXimGh54DWEc
kbU5ClIuWsBjcIEEK3hxJNyA7ujcKBYTlkLAATeb+XA/iUOWa2fEiLmKTGMFYEuttedAF0lQn5Kv
vtw04Wf9VTQH8MW2cVVf8JRPyvnqSz6gUS4Ky1uYPkZQrLB8XpVUQCZ5U7Uqmva1ziplO9U+mgwY
fe5f2rQEVxz57KGBo7ZoCc0lnQfLPg7ZvNuCBPHVBOtnziIeIPXvWUZHBWyhVwKbBaw2l3wfWT+c
MVM3Je1lVoxG4ZxPFIoW9bXF2k8/fr7jjzzxfd8IkJfiv3pvO6X4j26n+yP+66+K/zCjPMphIGvG
LeyTEYOw3t5YtMkfIfup68zjXy8cSJnrg51mg8DPL/VV93K5CXIdoRHypEfo21EcsYX1Qxr8x3/C
4Pb/cfzndne7s7MU/9nt/OD/v4j/Z246ZSlyfsaB/b4+fazzfj/jx7MPw8vTvx/JMEurtmENgMxw
NgvEkAuWDG/ZOIjkUHpgIP+GTTV4ZKn1oLa93DOeVnaLp8/04dMgqeyFFc/0G7lBWNkPK7J+QKfO
UteUifSxsi/VrOxMB+eKRVK5uUqo7UBtt6Kv8t1W9pd1z40h/cDl3irsaxXQMS93iLlsXGh263Im
tUi5OdbYMsCt1i30UbEL5Q6qeCVEIvCWUIhlhUb3LiItu2Mot8dqO4+UKi1lyqqJWDrfcyJe7ubH
EavshRXF5nEsVswSxyKbZblP5RTYxZwiZR7RaoGj1zks/ZNcTc6TXtGDsov/vcX/3pmjErH954fN
vEIrhn1uQDWMF8ae9gSYwU3nRwfHF0fDg4+nB3+XZ3A8DOootdd58Fg6jyKW9mHE7ik4krfgPk7F
BFxI0thjnANzvYmOHoq4U2v4rmCwuc7XT8xQF/JwyCaG04gKcsdRvQ5fYeNko5n7izbIkTTDgRuy
dRu6Upk0m5kzq2N6kYxAWcPomicw1DaXjtXDNbTniQhmrBASZcRxIRa5Q0bXPHm9sbUol3r8dScr
lHCq1utbGwvYIGhhE1RjRDcV0rGQhZyV+mb4a6q+1HAUKD9VEHksN0dpg+VHX2FoxsGGWpd6qbBk
3wJ7zKAjrVFqq18AqE4+rOdzya15eo31CwgiPP9S206H/JswGEBPF2UlCvM42Dwftq2G3aJ2cg3J
dDycuZE7luo1jxKb0RV2IuwxE+BHI3icz8BNpvDvxyRhaRa7FYzM1xi0xJlVfpFh7OGyDU09ilfr
0t1AhKOCuDKnoXy+kBjHAJE+ahTGc+HUGrOpYLMEsSddD/0MWNVaIgR14SZ0lUvgKVusHcPh2XTc
73+MvWm/fxnMGI7b7XXA/oNeJUhH3Zs30g3agT1aRDwXW6lnZfGftV+KFQNYwFcQjIEutbJIP0/5
Jc32zbUssFX6sj0L7EiSDkU/UqlIHy2wQwFdWa4QqX2INoP6QeadxeUhldap/HNEPloRg+v9MQ9S
GYLrJ9OxrA84NWY+3D5mXi4laur5IgqbWxH5qhWm7woXtS1k45LISB+DaIzEtss1FfCQsQR29SVc
HIkgmrOcJiALXFYgFPBmOpk14jQhSZpXQYk5CSUz+ZrA4IbVzu4oBj5PkjgVzM8Wp3qBPE42FC21
kHNayDot5J2WYp7mMw+JMlmczLQsVoNp19Xh0Yfj/ZPhr+enJ5dHJ4dOFEeGPziLWiafdKlt7vN7
BSEvh3DqIHc3Ee0w4IK3N4ZnClfVHA2SF2GeoKA0gqZVuYq4B/sRbDuKbfXdThnKDBb58pUPfP2a
OeOeimOqYNA/Mdgg89wpNYTC6yvuQVOSQzKzzLEIANXUTaZNEnKu78tJPNebsEIbtYXqN7WKbGMD
srHzTiSOifSCmc+X37B58zSsfMS2dM+CDQsv10ip0hXL8afDC6KrgUFUA33FYgjJ29h//L+Vkqjm
Yp85nU5HSydsE09ZhBIMwbP5BfKm/U84+3wJtj1zH2xU6tAD+29Q/6ft3nObeT17xoSLMsGm7rYQ
oa3uIPuw3enUIX9kFrqCcdF2k6BNjQsGQrOoXRSEJjQFGGJJBYgFC+x7qK8/TYRIqNeijjBaq2Ds
E2MqCJagw7Y2NqYLpQpzq4A5xSoZu2Nlbnz1Op0mZAqBYB2YQk+XlCwugJ3OTnOpYR6AUSQnhB4m
LpcizZtA4ooJNNAC0K+CQLhj3gKmVIU7Rgsxr9X4MSSaKdVKlqCpzaTeGiNvPfX6NkkihGd4eX58
dNG3tzuLRTGKH1ata+VlZJE5wBWg9wwaocsF/O3y8kwHGulNKCxFLaRnbpnUTt2CSonvo8yAQnvT
qT1119f7G4vCmxzY6EsTeoz1rzf6CzTWdJFhuGVUMcde0hK/etWx399sNCHwwZ7LG0xsYX3z81d6
2yVH9WPGCUXsIeACYvXUZuZ6kyBi1Xe1VfCNl+HTEf3/lvCNld91zASLBIzTeJ5kNRWQa8PF+he1
6VvQZsJry37ZypbWJuslSN+6uMLy5AILwto4sBHFxWIY+PqS2ZtSiVNTVRVylKMxeaDpXgvzWo3A
zEbQ19h4/iMbsfrsI4fbPFhpKBcaSLlMc6AyYmUROUcGHrOhG4YF3tL34gTMM/ZXFQ/ks+VIm8Sh
z1KnXje/SsRRmXEmlHWlVnhI1OCU38mIdM7KW3MFtjL65CDFp3pdeA23DM3N+zQQgkXwZc4FRPF9
fj4zJpePR9X4y4/+XsE0QBOiU5zQgFLiZR5pQqpCsvIOqCUUyc0pYkgjZOnUzB95e8rSiIXt1I38
eNZWw1XjTMa5BGFmAWf3J9tb9Oq84oWjpO3y5UliHgPV+zssLgvusoR2I2RP3ARGQSjS4O3Ti3t6
cUqcixvlBynzRIzKYgXbZqdERE3XyvlzTR+tlN0jKZ7ePmkfjdTLePr6ZW3pqMX+yI9aRFVPO/Lx
vrE04aZgPySzkXT32AfQLg1qPhMujlx0bBDiJWjfOoACjZUePSI1jHibszCI5g9tFo3i1GPqYZVh
daaMixiN5+iZ47rRyP5VEkn3WyCU59TiEpXQoUU+H0UkkYGHRy5YUudEJBwa9PSRLCU5UaarM98N
vVbMyNh4Aie5cG35ZChdOYo2cv7zg5Q7ta5BOr5Tw6lIqtsrWcJHllCN5BFAuX0GGZGq0S0ldF6j
HSS0R6jqVbEeyYxLysBIbodTp/M8PHoHpsqonxomfc62cpVt/DhVEqAg+7GJ9LP56+1FW72E/O1o
LXsJq1wb+ukoirt0lJkqvLgCoKA8u2ru6uZLSOWWwfoVWFVs8vUrjILIlx3tWRD5LBET6AKeC7LP
7IF5IGI0g20P53lawKZyGCA1VZGG4cf97eTz8Nfjk0P1ULVbIP5ss/4M1SwjupqGXqAi+NbFI7HJ
MElbwNaWRkFpE9IZEaWE0rARNau9RIUNT1Gbb6wLJRNBufXC/nDanDp9VrAqfG1t1bEWIW6uBrk0
bxX5KJ1NBKn2/Lk9M2k837EnPUX/l4Wxa93i8MM8G4HyuoZosJKKkiGuVps8/e2NLQTOfDCrzkHY
IX8zm0tYXbXkQe3k6t+8jLD9F/NkVGjt7jeqbENha3nsB6lTa/hBGrkzJtEnQziLUk+2VFpdzBJH
F7W3FGBbtRrF8q4pv9ZTKWoUT9HSD4utmjLzQnwfZTGvWV2elIGqeqUqg950qSVvwEx9OSs3el7T
SWwi5qtxJbUTZUDQfiOVNmJ3F5S9Y+QCmEfZvZpE2cxNp47xaL22bdeedl6rRyCL7KW9pidsb5UV
d/E624hm7hhP1ePUX45zfm+BeuEBHdW6nKmkZKOx5Btu5sCq/VfZCsnOpKlnpL94HrZ4Csp69+ep
3OQ8oYHGGZX3FQ1J/Ci3Br1Je34GdX3dfb9jzJNlkXihs7ozz6yqbIRB2YopJIjID0EqR8Zz+Uqy
VVZRwpYcgFv5lUPj3gM7VBKz0KYp/Tm7q6mHYhfyhSJSOlXsIVO/bIOMpkXRmKV/2QURzBgfwDi4
Q2EzT1ZLGXXeNvCwt7cMdsXp3ghHKOyLMVJ+LtSJLtQjtuW2Ok0HbrO+GdcX4FJ37e2pdwgHp+eH
+kRY5GM5lrNWwqi8hy8yzNJtpOiQl2LGVQy6fPpBLKcMmN3ceHjzBl6ZpwQhr7+eOSKUNu/eTaMg
GvcLThftZdSjqQkG2Van84hT0hOsDQSH2tPugkMYzGQSFMO2KDiq9WKkXau+lRzWU+501srZWiSy
i6lOVGODxpcaFi7limj7U0iDrI09hW5HDobWDZMCTt8wKulYknXa6DPOg93ejgRjBS/hdD7FOMsU
OjV93ZYdneDPzK/8QC9hVL1IiNTTHCyvn5zDHkR5fo2dFuWTqvVaUNtuQW23BbW3sKhXjvq18IzK
sMa8KRfyd1f+6slf2/LXjvy1m9FO0fk+JbOrkL6gCeXAKFCL6Fr6Uy/7tJ192sk+7RpPbXJ5vxQv
9d8bNnOtZ4YerHAV6LQoVd4EFMU3ZSchxTcoQ6Zj5eVKFuFh3O6+36n28Twjw+UxXrndUYcO0Iok
CWAmecqzH2nBruZStJevQrG95EYyEr55LSuV07LSfX6dai8pb1PZTVHhuzIuprMFLUfxleHJFlro
Lp2xvWLGm/J6S5GM5ZHVArPdHabM5TF5vf6rb0fsjqULy8zbphpUaahSEjI3vHcfedNoI0s0FQej
Ycoo/sBvFrJ5sYokbOk8astRbN2pvNsmNKWmWZqEYtQKpZizU8aFm5IOL99LkFJcamWnzwp4E45y
3+wB3lJ+LxkrpqPYlnS5NzWVuYqk2ZQPIGGd97NYNGVI6l7SwsbDd5uUBL1qq+1a2d3kVIn2Iu14
0042BBdOPM0d5d7UsyhTiaE6hSPZIEv+JVeybNGr5pYxVG4eW7VGOUZox4KvxTRL9Sd6ukTKpGs+
9rVaYF1fR8W8I7VOc/DM0zMzYUitk2UMKQxq5Bv5RaX0UXlDYFFvloy45URmepmvnJJjtHw0JITV
tiEeKdnSe0a2eFOvX/W4MpvPPEVO4vtCCOOmEbiojU6Z34KafXs+PRkCSlfEBZ9ClOVD/Hg4/Hxy
efxxyYFuXo5uSQU5jwLh1Lr51agq2NLJ3/J7yOUEdApQJrwSoORaxJG2KOlKKRbt6nMUiJvr6DVk
G6HyHyZxHOb33cS/XJq2cRQ+QoylgcrbRy/3Ccat6+ggjvxABHF05orJ0UPABXc0vgs4sVTSXPzZ
+xPLaOt8G0Fk62m9OBoV3abaOW+IuzwR2mrxlbdRV//KQ2P62suaMOtCD4HjOdr3ymmkBnnBzzGJ
Q9/Izrk6bWXeddV5XZ39uhlfSvfHhIW+RhZxZ2kNtS7cu3j8QFlRTHvZoGSnmhACTvAE0biZXyGk
onjzKQF488Y8esubWbWplQingWT00S0K/m9GvU+hQSpSGBXUhKVsQGsKQj0uCZFCzklTRigN9U3L
eFW9kD8JWhJ4Uw7zhA59OjUt5YpYAeqyB6n05l2+Zm0WEnxiiR2nWgNrlBqeGLN1RRude7NELk+9
hXzUoPJ1chmqXVjHjzdh/70fSvz+nV+AvfD+c3u3u11+//V2592P919/0fsvM/d/nreZDq0VmfTx
FOSU8tG2aYhcpWxu1dTHBbyW3CsVPqDCb0m9nrCUklmWXaM0w7N3JTRbH9yQPgAPxpEbog0XR3RX
4qZhwFJQGa3z0G85cnNFtnFsQFY4fUoZdw5OTy6PTz4f5XgxLfI0M8izDvsf9k8OT08KK8oyyEo+
20rnkeHwLWjhV1oNZ89T5AJFTNqSoqOFcs4o/fgMerQykOmccRxlpUhXIOiEGh9OTy9JgX++kH/l
gBdC5zvZxSKdbZ7plXm4qpbcXHJyGU6SDK0rNroI/zd5A2hLVaBcL/dA0kCU2tu4g8K9yx4hG35t
LsPHMsrRWlwPkSvycX7JMk4T4+9MCHfM29quabv3vO/ORcw9NwyicZ/i6k7cGasKaB0vR86MJbJ6
38AcpTjNQjL6OofVkAh3XAp5rnT/l4B6lW2hEZyYJt/CxlH8AjRBtAS+joylrCFRDFnOPXBlahXK
xD9LQibYSm7P/u4JWLotMUt5sKLJjzsb+MYWa7DswG+WW6bcfXSsWi8fkwgHD2C0RkfhKRuECoKA
gmtUwIKBmGxNdjaerRZsG0U4hU03vzJJso1D2GoMmybW1Xqb5CHJto3FyFqEpTC4nA9tvXkodLSR
/gMtZx+G+58vTy8O9j8en/yW/UWT/M+ymEEYts0iP4mDSNjzNJRyo6q3lRn2+g+XrKIpW5FUTaH+
Oat+iU+epQFjzJVnrP/R9h8K6e9p/71btvsym297Z7ec/2NnZ/uH/fdX/LyGS7IPvCBBwVo0FPow
ZhFLXcH8FvixDPv2A7GFnR7pj0gEkcybKLUxsTdrSQXSbq29XmlqUFMRQzyFOFUaXRmGxT/oMHE5
sMhn/taa5GD5Yr1qyFGc5hW/758P/XjmBpH144C4+kdGQH3//B/P8f/S525ne7v7E+z+4P+/aP87
XZsHgn0nP8BL+Z92euX8L73O2+4P+f/XyH+6B+n2AQlgbSs/vsnMQNaa1BDZ2bEg9PFDxOhyZ8LC
sKgEXA4uyPIkje8CHsQRS+toMVNSOD9mHFVEduUXRNBu4f/yD3ON4nTmiq21hraFmRmZjQdSdXnm
1NWh7WlZ+C8s2CNPv/yqnsrwSXyvrnGsLA2l+tr8oS5+/Pz4+fHz/8XP/wkAAP//ZrYO2gB4AAA=
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
# An image baked for a warm pool holds the services it enables until this flag exists: without a
# pool, every start is a service entry.
mkdir -p '/var/lib/parbake' && : >'/var/lib/parbake/in-service'
pb_load 'domain'
pb_run_step 1 1 'site' 'sha256:6ea5bef9bcfad2b2ab5ce5ab9916ebfda71e2e6fbdcdece7d15be6c135dcbdc9' 0 0 "$PB_DIR"/'steps/01-site.sh' never boot
pb_emit_boot_done
