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
H4sIAAAAAAAC/+x9/VvbuLLw/sxfMXVDE0OcL6A9m9T0Usru8p4WeIDunvsAJ4+xlcSNI3stmY8D
+d/fRyPJlp0Euvfd7XnvveXZbRLrazQazYxGM2PvlrXY5Ie/9K/T6XReb2/jZ6fTqX523rx5k3/H
593O1vbrH6Dzwzf4yxj30h86nT9jkubk/pv8JddD75YNU+IF9w0bHtYA/Hg282gAzg14twx22wG5
adMsiqC3+6oLj49YC4D4kxisxEuvvSnpA58Q2PvtDPY/HkLIgBISkAB4DLXuAAuTyKMQUsa9KGIQ
cggpME4SMYofhRbsvuphxynhWUqh23uzBjBfA7gA519g1R72fjsbnh78fHh81Hfm8ueHg5/2Pn88
Lx5bcCVAVH101gCS62FKxmFM3VojuR6Gs4AJWHwyI5S3ZZFdtFkDWOzYreW9rAGQuyRO+ZJqa/M1
iVCFyl+OPx24tQfx0XfaaRzzObY62O8NPx2c733YO98bnh2c/nq4fzA8OPpwcnx4dO5atZP3w8NP
H87aFtY+2fv54NSt1+ES0SOxcH76n8NPxx8OXC/wEh7eIPKHn/b+Mdw7Pz/4dHJ+5lq1h5P3w7Oz
T/mjvrMzt3BVrdp/WGvztR+u45j/1Qzg6f3ffdPb7lX3/063933/f6P9P868NFAEm1wPR3FGA71V
vDEZBuGYMG6vAYQjuACrpitZ4IJV61pwhRucruIK2A1M4ihg+JvcJcTnJABRBRq1rm2Z+17s2VFY
DNcT4wg6dbwo+iNjYfc5tE2gMUdmlGaUhnQM5Iak94oFcRxBwnHyfnj6+Wi49/Gj210KWGXclIwy
JjrkMfgxHYXjLCXAJyGT7I76CriMkRQCj3sKBQwER0SIRU8B3IZ8ArVuE64zXkynzkBwhE97R4c/
HZydA/PuGRirIPmmAnJL8qCUiPmEdKwWtgIyTrrWRS7NwANZHRq1ni2ZNf5MvJTDOCYMYgreiJMU
QsQRuQs5dH/clmNN4ng6VIxdDXchCeOFIJCT98Nfjo//Lhjzq1eClwcgOdPp8fF535m3b7y0HYXX
bT+Ks2CRf8+mQZiCk6hWoq/19sZcwOEncpx8kBafJZYYxp/M4gA6bzqdJYWzG3BG1ecFoMasRiEN
2UQLRo8RgbRQUl/HxmkKmE72Ts9R9rhw66UzNYVZaRQLBgN4qdDoYT0nS5rASHoT+gQI5em9lJx3
HAfo/rht4xeUgKMyKh8fq2tKY0AMOiENOUyIoMEYUsKyGSmvaV9sAUmgzE/DhIM39kK9xKKqpAdL
jY4bcWHZ0oy22T3jZBaoz5wTgPzt80j1NAASMZL/wF2EO1gQUkf9GAzwy0Yx6RdfMe0ytYYMMipX
jQSSlAU+ZQ1NyrjNwnx6OC5hnq8pW9CU3kZC0udEraH5cHjaTokfp5pc+7BbLVjRoOVPiD9lK9vp
8kXCPz04OT4916SPwPnMXYAnuR7KLtzVPSvOWiFdTYl6nyrYz873zg/agl5b+ZwNJux7fGW9BeAW
ZutFkfVMNznGVmFyBQqxb+gZ+qtAOA62AnmyxXMI1DAjEYvKoSt+xSlKT6HVlvaJ1c6Y5G/JPZ/E
dKsdhIw7iedPvTFhkuuJLdu+ISkLY9pK7p/pYaPNQk6e7mIAQbymWEeqhLZiwRLmWoORABwKddb+
53D468Hp2eHx0XAohPplo7VxaVu19mW3ndR1a1s0vk6JN10DCGJK5PyZ0BaKDe84Cogy6sG7nUL9
6BRcF7rwAEkaUg61HszrYr+fvB/uH6KW7Yfix9kH/MEC+LiPkngfO3BugHGPZ2Jtupb4+YXFVC6U
3B+Smddx6u8Pfj48UqcVuUKNEFzoDiCEt9DbeT2AcHPThjgNLhgCNGpY677VhNC+Ahc0l0qJHyYE
XDg4+vXw9PjowsLh9g9PDqyrAaRxtFB4/BGLpO5UKfxw+PPB2bko9sNK0f6heMyCyuOzD9aVggW5
XLlUbGFVPsd/Rxn1uViB3xusCQBxxptAmxA2wW/CdRPFfhO+NGHahHhq5yiKM9G3ZQ2AggsRoWM+
aTB7OQJdoAp/ujmAL9hIds14KkYOm9C1B3ANLqLYv4LNnNkjE2r4ghysS8uy1djiX+vy8tKy8noo
OYzKlwuVL5dUvoa3sNUTW/4aSa73xmyVr/blZbbe2b6zmnBtL++k2/ub2dIv1yqmDohVcEWrXVcI
b9wuAk+93pYN76ALfVXY6xmFWz+Kwl5RuN0pCre3ReEW9A3EAcRTcOVwu4CVQ9iUv8WqGBVxyb7I
JYunouYXrEKEcPyCawdTtTzGusGmII6ujQs2QFRMJSoEQqewC90fu7YEo6OIrlhUOZAEz4Xe6jG6
lTEauFQKOTjg6w6ezFXB1htZsAvdnR/NAokxbCEQZhRs5y22t+wnIBZAGuRhkjBOZBMpOYRNhfe5
XP4SHWaj0SgoSFEPMs+5CKq0gtpVC0XklU2bUcJ8LyGLe/ev3ajLNualJanrLVCBoXBzc7B8jxeI
UE2pBe/AuqQW9AXg8/K2WdxPFSzFGTdw81Aooo1aT4hYjyM84ILHL2q9K0lAtR0cm03DJCEBws74
RXiFBxH91EaNUDZYVspj7kXguBBkqSjVkMn9jmNubtKBGliIibwK9WZENHGh1hvAxGMT9WtrAMnE
Y7pwe6DgcqG2MwA/DnTJ64Ee1oXaG3PaO0vB3MyrSRgOjj7k2BKSUgimhhSZAjUdwU2seCpWxXgs
ThqiID81inJr5IURyQlackywHi4pwKUlZeKl1Yd11lSP4qj8QCjoynxQeo76ylAoLKXH6jBRfoYw
lh4JFX0oUIZPA/UU0TFkxI9pIOu3tkbNS2o14feGBNbGr3Ekvyizhvjqh/jBAvkh0GY3laLRVIje
RU3DWBAUxGJJLDvHjQAkCkfEv/cNVCAIorpd7sVsJQ7kCPaFVa4UhVSsoT7vOGKB+mCVFrVY09KS
rlrRhqXrWbZlg6W0FFd/KaSjnLsrUMkshYk/wGT0BNeZWCOAh0tL7BCFGLi0xA4pfuEOKX6Wln7J
usOlFWSpJ3hmdd3nVlPAtgtdgYMmzt3CxVU7FL+r/Ynf9e5UFCC/qX3Z1FuytDAAE3D1Hh8Ijtho
/5NNvN7O6367CZbVhEmZp6ot7+Ji2Xpl8aPA+Drrr7Mc4wrcpma4kyYKzZ6tYVqitCzjaU+O9cxA
EhsVNl0s7ZXe1Hg4kiTchAZF1QRFAIBagDIChRzRSs3tJIwINBpjwhHGCN6C7FA06phExZIo5I2o
CXdNsMAqECBE+91F9wrOPr8/OziBu4utqxL+XzSmeOdACLWF9BBfLqZXyM/9gdBPSCqUVBemhrzi
5E7IqmhtmU6F2tRrpUpJErj4J1xtgKIA0biA0BdzkyPmi/Ag935B5jjtP20X/N64u+hJqs71CgTK
lmXbouzuYudK/Pt6YZkX5uqruVa3NhJR48vilpNzlrj9cnW1nAMWVDQi3J+Qgoz8Z8lo9gQZjeAt
qB5X0NFokY6WcC0WZ6lvsKYbL8okkHIFfC+KjJ8e52SWcOPJMv4029yscidBvrgePVyPLfx3+0qu
UHnaSzbiJZ2jsGnMnkWaPH0LHEndoa7RVNg81AMLcmNIbhixpEUgJT6r2lPNQ7jxQJnTsM+SNbWn
ramMzWy0JrCZrKYtu1vin21roDVDZSVkW7L6VqUeWLWHnb4zNxvAS/BgFEZE3gFEsReQAELKY3kf
QW/CNKYzQnlhCGzgKNnMY1PovHmjbFQlkAHCWcAQDLxURBgUeIDj2WjWcpxSkRhA2ax+3Ts9a9e6
QsWyV16s+nEWBQi4xMuNl4bedYSm6FEaz0DMunp3qm5Ok+uhmK1h0WREmzMb+eTQKCTpqL7O6vLO
pQyhvbQz8bO4Obpxa418vkZbo/u78kUrufEisE72Tt/v/f1A1B/Wuu5l7UF0tn43t4q71kolNb6Y
QDG+dzt1697ttC4tnGgv+g0Ka9SrLjzCOCUJOL/DzLudKmO1amqpBiHlJPV8Ht4QS5mqa7IKODcQ
hKmbzw4tUEJ0qn1zdnB0dnh++OsBFqRE4Me1ag/dvtOZa6tUftBD7AkqwgMenTVh1IQI7TK84FRT
g79RlByCb+GgspHBvL5CJxuBK+YAVtsCOrsICxG5TAaPFNsU4jPS2i672NxEIRYZki1mpDFaKj4E
PD0Fz1TDAy8hiilqm6MwZbwJLAYPkLGCH1PuhXhH59GYT0gKIQOx2CSA20kckUI6C4yYs8glVgiO
lFq7LnQFCepT8sWXKxve6p/cHsAXxxGz+iJO+SicL74UHRrPeWl6c9PGCGorLJ5XJRWgSm6rWmXV
vtZZJWyn2kaTA6PP/QuLlogZ04DcNUSvTZyCvSDzYNHGIat3m5AIfNlgvWWEslBQ/65lNFTAllol
sFnCqr1g+8jbiRFzcVORXmbBaBRlbKJQNK+vzdd++P73F/7JE99f6wHynP9X73Wn4v/R7XS/+399
K/8P08uj6gayZtzCPhg+COvtjXkb7RGynbrOPPzpzIWUeAE4ad4JvH2urbqXK1SQSyqUkAfdQ9+h
MSVz6zs3+NP/ovD63+z/udV5s72z4P/Z63zf/99o/8+8dEpSsfPzHdjv69PHOuv38/148n54fvz3
A+lmadU2rAGgGk5mIR8yTpLhNRmHVHalOwa0bzhYIo4stR7UthZbxtOlzeLpE23YNEyWthIFT7Qb
eWG0tJ0oyNsBnjorTVPC0/ulbbFkZWM8OC+ZJD43Zwm1bajtLGmrbLdL28uyp/qQduBqa+X2tQro
mFUbxExWLlW79hiRUqRaXZQ40sGt1i21Ub4L1Qbq8UqIeOgvoFA8K1W69QTS8juGan1R7BSeUpWp
TMlyIpbG94KIF5sFMSVLW4mCcvU45itGiWOej7LYZukQook5hB/Fvj4Vm44+pwf7h2cHw/2Px/t/
l+dRcTDSHlsvC0eqNKOUpH0YkVt0FGRNuI1TPgEPkjT2CWNAPH+iPWkoc2uNwOMENtfZ+pHp9oGn
fVnFMKDgg8KIUq/DI2wcbdiF7WQDjSoz0XFD1m5DVzJW284NOx3TomI4jRoKSJbAUOsf2m9NzKGd
JTyckZJ7kOHTJLDIXFRAsuTlRmtefeqzl538oYRT1V5vbcxhA6GFTVCVBbrxIR6RSMRIpW2OP1u1
xYqjUNlsQuqTQjXDBZZfA4WhGQMHal1spVx0AwucMYGO1MywrvaGV40CWC/Gkkvz8FKUzyGk4iyI
dTsdtPXBYAA9/Sh/ojAvOsuKbtuq2xbWk3NIpuPhzKPeWIqawmNqhte5CXfGhENAR3CfzcBLpvCv
+yQhae7HFI7MyASc4syqRicYa7ioT2KL8jWzPHoj4SiHptyAJl35E0Ml5um9RmGccbfWmE05mSUC
e/IY3s+BVbUlQoRc2ISuOh4/5JN1YvhwMh33+x9jf9rvn4czIvrt9jrg/I4e+tJo9eqVNAl2YBcn
EWe8lfpW7gtZe1cuGMAcHoETAvqplXu9+cpGZ9a313InT2nX9S1wqCQd9ATEpzy9t8CJOHTlc4VI
bU9zCNT3c0ulmJ6g0jo+/0zRXslj8PzfszCV7qhBMh3L8pBhZRLA9X1u8VGspl5MorS4S7xAtfAI
PO4JyQN5v8gy0vuQjgWx7TBNBSwiJIEdfSEVUx7SjBQ0AbkTrwKhhDfT4KoRpwlJ0rxy0CtIKJlJ
z3pjN6w2/NIYWJYkccpJkE9OtQJ5tGooWmqKndMUW6cp9k5TbR77iaCanBcnM82LVWfajPPh4P3h
3tHwp9Pjo/ODow8ujalhG809eNE+W6lb2L9eQMSq7oza4dtLeDsKGWftjeGJwtXyHQ1yL0KWCEZp
OBCr58r7HJx7cBwaO+q3kxLBMwgNZMQLPD7mhqmHcp/KMfIPdDbIrVhKDAnm9SjWwJbkkMwssy8E
QFX1kqmNTM4LAjmI7/kTUqqjllB9Yi3qGAuQ9100QnaMpBfOArYYz+VnabQ0oGvhzkFULEVxoVDF
64bDTx/OkK4GBlEN9HWDwSSv4+D+v8olhZiLA+J2Oh3NnUSdeEqo4GACPIedib3p/ANOPp+D48y8
O0cIdeiB8wvU/+F4t8whfs+ZEe4JnuBgc4fzyFH3cX3Y6nTqUARcRR4njLe9JGxj5ZKCYJeli4LQ
hKYEQyypQGDBAucW6usPE84TbDWvCxitVTD2cWMqCBagE3UdURkvV5aoWyXMqa2Sb3dRWChfvU7H
hlwgIKwDk+npJxWNC2C7s20vVCycEcrkJKCHicckS/MnkHh8Ag2hAegIGeDemDWBKFHhjYWGWJRq
/BgczeRqFU3QlGZSbo3F3nro9Z0tofhelVZyxSxWXsOVtwJ4HPQKQSPyGIdfzs9PtIuNRnkJcOOW
Ll8gKYu6JQES39JcXRLapVt76K6v9zfmpWgU2OhLhXksyl9u9OdCNdOPDDUtp4FMtJJ698WLjvPj
1YYNYQBOJu/uRA3rqwM/MapJ9hrEhCGKyF3IOMQqyGTm+ZOQkuW3lMvgGy/Cp33Z/yXhGyuL45hw
QjmM0zhL8pIlkGs1xfon1ulb0Cbcb8t2+cwW5ibLJUhfO7nK8s6rrNk4niHFxXwYBvp61Z/iE7em
ipZwTSZUx31N5Zp112oIZt6DvsAVpz3UCJefdGR3m/sr1eJSBcmFcQwhekiVIWZiu47J0Iui0t7S
N8IIzBPa1rI9UIxWIG0SRwFJ3Xrd/CkRh8+ME6Asq9QSR0INTjVChKcZqS7NBThKxZOdlIPUuvAS
rolQLm/TkHNC4UvGOND4tjiNGYPLsEnV/2K42wuYhkJh6JQHNKCUeMmoJqRlSFa2ADWFMrm5ZQxp
hCyckdk9a09JSknUTj0axLO26m45zqSHRxjl+m5+c7DVwnjrJbF9krar1waJeehTkWficZVxVzm0
R8X2FItA0P1Cqrd9jDXHWEvcuWKhgjAlPo+FaHiKKwsqFKjpWsX+XNMHKaXlSIrHqJ+e8kORUlic
td6tLRysyO/FwQqp6mFbhq0bU+NeCs5dMhtJlxZnH9qVTs0A2XLPZTMGIl6C9rUdKNBIJdxPUMOI
tRmJQprdtQkdxalPVEiRoWOmhPFYqMr0icO5Ucn5SRJJ92sglKfS8hQV08FJPu0/I5EhjoqMk6TO
kEgYNDDoD/UiOVAuq3NLDcbp5WRsBH/JXbi2eA6UhhtFG8X+C8KUubWuQTqBWxNDIVd3Vm6JQGwJ
VUkq/MrIM8iJVPVuKabzUmg9XNt/lsXT6p5Mj5wcjOR6OHU7T8OjV2CqVPipocAX21bOsi2+ThUH
KPF+UUVa1YL19rytYgB/PljLY0CVIUMHTQp2l45yVYWVZwDojuYsG3t59QWkMsvY+kuwqrbJ4yOM
QhrIhs4spAFJ+AS6IE4B+XdyR3zgsVB6HV+M8zCHTWUeENS0jDQMq+3PR5+HPx0efVAhmt0S8eeL
9UeoZhHRy2noGSqCr528IDbpIOhwaLU0CiqLkM6QKCWUho6ot9pzVNjwFbUFxrwEZ0IoW8+sD8PF
qeN3BavCV6tVF6UCYns1yJVxl5GPktlIkGrNn1ozk8aLFXvQQ/TfzY1V65a7HxZx+MrGGgmFFUWU
dO602mjXb2+0BHBmqKg6B4kGRbRowWF10YK9tFOIf/PqwQmezRCxRGp3v1JkGwJb8+MgTN1aIwhT
6s2IRJ90XixzPVlTSXU+S1z9qN1SgLVqNfRiXVNWrIeKv6Q4M0urq6hly5wD8S3NvT3zsiIdARb1
KkUGvemnlrz7MeXlrFrpaUknsSkwvxxXUjph7L+2EqmECTs7oPQdIwo+o3j7WfCqmZdOXSNcu7bl
1B62X6rwh3keY67pSdS3qoK7fJFr+PF2jCDtOA0WPXx/tEDFNkBH1a7m6KjoaCTvv1fuakf881r8
80b887eqFpKfSVPfSPzwNGzxFJT2HmSpXOQilF/jDJ/3FQ1J/CgjBkZjPT2Curjt/rhtjJPnT3im
sbotzrWqvIdBVYsppUYoDkEqO8RTmTryWS6jhJbsgFnFBUPj1gcnUhyzVMeW1pud1dSDt/bFRAVS
Osu2h0x6sgXSj1SwxjzxyQ7wcEbYAMbhjWA2WbKay6jztoGH3d1FsJec7o2L+NK6GD0V50Kd4kGF
by3W1QkqxDKXnDfWGSz8Jy/A/kOCKoPXj08/6FNieW/L/t21CpblrXR5Ey3cR/IOWi5mTHlky0AI
3IZKqdkpFIpXr+CFeXLg8gLsiWNDZUFvvZSGdNwvGWK0nVH3pgYY5MufZpRhChBRGnIGtYedOYMo
nMmUIIa+UTJV68lIXVf9qpisp8ztrFVzl0hklxN/qMoG3S9ULF3LldH2h5AGeR1nCt2O7ExoPEQy
PX3HqDhmhf9pRdA4I3Z72xKMFftLDBegx69MKFPTF275cQr+yPjKNvQcRpV/PlWBKuJ5/egUdoEW
2Sa2m5hdqdZrQm2rCbWdJtRew7y+tNfHUlCRoaH5U8blZ1d+9OTHlvzYlh87Oe2Uze9TVMVKwfw2
VN2EQE2ia+lvvfzbVv5tO/+2YwSeFDJgwXvo/63b3LieK3+wwnygk4QsszAI9nxVNRyih4NSbjpW
8VzxInFAd7o/bi+3+zzB1+XRXpnihVwdCM0SOYCZ8qjIBaSZvRpL0V4xC7Xt5W5ExeGr57JSYC0K
4qfnqdYSsxhVTRdL7FnG1XQ+oUWftio8+URLzaWBtlfO/1Kdb8Wvr9qzmmC+usOUeCxGS9jf+g4l
NySdW2YWM1VhmYSqpOTyolvvntlGHflEU3E4GqYEPRACu5TbiixJSZZmtC17cXSj6mqb0FSq5kkD
yn4rmHDNSQnjXopyvXpXgUJxoZaTPsngTTiqbfNwtIVsV9JbTLCHpb5F/tQU5kq52JThgLDO+rla
oZRL3Upq3eJA3kYhgTFetR0rv52cKtZeph1/2sm7YNyNp4Xx3J/6FubtMEQnd+U2KPmNr1J8Koq/
6sEyei+0aKvWqDoObVvwWM5DVH/A2B6UL10zGtZqgnV5ScuJOWode/BEbJaZUaPWyVNqlDo1EnK8
UzlvVGINmNftil63mOlLT/OFW7GfVk+QuLi1LYhHit30nmA3/tTvL4s+zMczD5uT+Lakpm4aq6P1
UJkAAqt9fcI56SOJ98Yl0wPNEwZ+/DD8fHR++HHBzm7eobakzMxoyN1at7hBVQ9aOjtacV25mKFN
AUq4XwEULZCipxZmJak4qF18piG/uqQvIV8IlSAwieOouATHLc2kthvT6B5i8TRUie0wtB1hbF3S
/ZgGIQ9jeuLxycFdyDhzNb5LOLFUVlnxt/sHptHWCSlC6uhh/ZiOytZVbcM3OGCRKWw1RyvqKH8A
ZcgxTfJV4Zg3wUjZOBMqv7ItqU6eMYdM4igw0leuzutYNF11rFdHxG6+L6WVZEKiQCMLd2dlDrUu
3HriRCJ4RTkvZAOzgWpCCBnCE9KxXdw0pLx8QSoBePXKPKHLC1y1qEsRjh1Jl6RrIQu+GvUB+gsp
92EhsyYkJQOcUxjpfpGJlJIymjxCCa2vmsaL5RP5g6AloT9lkCV4DtS5WzGZwgpQFw1NlaBwGe5p
lzJgiidOnGqhrFFqGGzM2kvq6OSUFXJ56M2l179KaMmk/3ZpHs8ETWHi7784AuiZ+L+tXnch/uf1
9/zv3yz+x8z9XuTtxWPakkzqQu93K/lI29hFwTE3WzX1dQ4vJXFKeQZCnjWl2EpIiskMqwZCHOHJ
GwMcrQ9ehF+AhWPqRUJFiSneGHhpFJIUVEbjwt1Z9myvyDYtKqDeid9Swtz946Pzw6PPBwVeTB00
zVXQvMHe+72jD8dHpRnlGUTlPmulGTXMniUh80JLmTwkQ06QxygM0COYK3OEYv9PoEfzOpnOV/Sj
hLA0foFOqPD++Pgc5dPnM5nlnpXcxTv59Rpq80+0ym06y6ZsL5h1DLNAjtYVC12G/6vOv7ikyl2s
V9jcsCNM7WzcxIi1y4NQDesuk05UOeVoIaW7KLRNFEbjNDHeMMC9MWtrgd32blnfy3jMfC8K6biP
fmVH3ozA1oIDp+HkliZfsxFoDKv75x4605WykddZ7k+JeRdoDHnWMvBkcgrMZT5LIsLJyv2SvzkC
LF0Xya3aWVknFBgKAwNVGiwnDOxqzZR5965V6xV9IuqFho5zdBWe8k7wQRiik4a6+DYQk8/Jyftz
1IQd45EYwsEbRJlm1hFdOKoPBwfWxXqZpBbtOMZkZKmApdS5HE8oA1nEtdeKfsXFyfvh3ufz47P9
vY+HRz/n74QoXmxhXuY7DqFBEoeUO1kayZ23rLWVa3761Q+raMpRJFVTqH9K7VNVi0vHJ2nA6HOl
Ev49HPub/zE2+3e//+dNp7e1+P6fne/63zfS//KMW2YmpZyx473H2dknoat5M8JJWnGgMo72Kj35
V3uO6/qNIhq3zuwlcSfGu4XqDDzKboV+d88JnpTFlycCnVSKcqWVMDZbA+1eI929ZKLYsnuHcbKX
VcqSSSphuYOUEONXxV1hYT7k6v9FK6S6M2ZB+9ajSuNik3DEYauwrvsZB2fUg1JVnUv9BeYvrHWu
NjfrkN9/BW4+qfqDzPaEuZ5CyhuNo1OZ5KcN9eLlQO/3zvd/6Tvdztyq22C1MLWUpeyPsAsjmNdL
kzfc0346ON//Zfh/Ds/PD06Hn85kWLG6qMy12JgSiEfgwXWWMt4HluSLirmfANPn5TqnW2vEATh7
FJyjbXB4tg1IT5l0QoZH4Ck4AdShnl+83qpb2RTWobEIl7yltY0rDEvWvzViVQuzb2crqIOuoGNk
7VLO/8JMLraPee2tXK6upb+VXIr2hsSqeZ0s2l17MtHdg2iwLuvMLXhVUMCtF/KSN8tXdY8eFfLc
U+oaw0ZNfbNypPHdbjF0+equajjWe9fxob4WzjAI8AuLaRNi1gR2z9ZuvJQNgzBtgiBbcMXDlpeO
by66V83iR+9qTcYyuvAwXxPTw3t5WtTY6l/J1zagxh8nhDYwKzahfhyEdOxaGR85f7Ns8BiM+qVU
YEIxRLhamHprZLfGhDesk4KZNeHiyu4bd6cgrYcXyYUlNGjr6gpcSC6sX70oI9bVWioTlxbAiOkt
QtMEkqZxylyLZWkajz1OZP7NEpwCRkyRFVITdLFcTclyhYaepb5O39pKGU/DpGFdUstuyWRw1iW3
mtArZZvFtqiWiZ4xi05pjkjsja/IMrjOZKzTOuujHFDuFbk4gHVmiV0nQZawKtDtJjr0uWIlGQ9I
mtolGBCT3dKjkmcwIkgQRsxactlZK/H4pPUlDmmjoC8xtC0Ir3U8/O30+Ojjf8Kj/LV/erB3rn+c
n34+2m9CJ37d6RSAyHVkrVGAQ4yCJli31rL1pORWrIBryRW8KSP0poVOdw1FPGL+V/aamLo4ozZS
316rg5E5sMzTja0sqLW8ITXXMW7LJNcRLEm/FkO+z0TfYtUfgG5uDsDDDOEdmMvM4PmlEmMzWA/0
fwzzht54EcNUhOJUSHwm+L545lbcszTQdglsnfRUm7xLOUTN6JUqZ1m4k8oNNrJjkqZCuFf6WJDh
S321FLe8EZug1pDitFtGvW0yZZXfUjQpazna27UyprS9a05eKFBUex4i/aNT9zMO/oKGl/v4i5Ky
i7boVInp4pQrVnRMuFPoaeA4gridgPjpfaIOuXHGk0yyanDwEMu0z7VxBhV6wR8/e5qtFn3DCDWy
VWxCPs6Hg70PHw+PDvpO92+duZn/YokTFtUpQSqOV9pOVc5pWhx4lSEHMSfmLkiyeELStLierhio
cgrFd4nkji3G3EyCnjEdbCpnrDD3QgcghgdQ55M05jx6TD1OgNz5qOs+8jiGdzOP3sO7lPyeEcbZ
o/qCrml5RXUxlFHvxgsjwaMfMSqcehG8Q0NhCu9Q9uTP5S/zpE4p8fmj+gxj+ohOW+/gXZxx/cIf
jZmSq0GBgcKVxPcSmQEl1yj3/37800/D93tnB6gV7nQ6c3j7FuTK7UK3A+/EP31cUtRJ87ARiXQv
scCJCFgLne7vnWCfmA9mbrjTCSCervznqZhyPFOtvACDtkV128ZsGRVCMDoi4tAkc8D8Gaqp4lCF
/ZKWiF6zZ6tUxy/VkXFL340i/5vsPxgH8tfbf94s2n3KNp+K/Wer+wPsfLf/fKP173QdFnLyF1kC
n8v/ut3brqx/r/O6+93+9y3+Xko3r24fBAGstYrrO5kZ1Fp7CecTUtwdphkVyjS+0AG/UIK+axMS
RfIshVoiaYojkgfyeZLGNyELY0rSOoOQ4ok3iAlrrr2E3MkxpNBuin/li3lHcTrzeGutoXVcYmrR
fgBtpWK6dSXQHswk8UE880I6t2AXHZnkT5UwgE3iWy0A8zT06qe99r+P/3d6Mu/MX8MAnt3/29X3
//d621vf9/833P+9PiAB/HdlAJwwjh6fFSaAk5pb1lft+8IDDep0HNK7uvbG+p/LEvA9u//W9/93
tnZev154/3/vu/z/Vvd/hWdFUjhfaqcW7qVjwg1nDcOZoi0LDdcG+cbBrVVJ01BMyzjuJ1wp81G1
S+VvXjojQX/Dlh2gj1ThOllytSpeHm0Ea8hmymyi3kRugDKAUViNipAADHE+OuHuf2n66FakfNQx
L3FIhwqSUhaAwsglkdCoAGEXMWOH9Ey5Bj9CvW6vyoZbmBMeTt4Pf9s7PB8eHp0fnP6697Hv7MzL
mSolxhREK8J4KxDB7iLG9Sv5K2/9XvF68KW1y2/7XvkycJXlsIrMJ9z+V8cqGz7vlZb4svU8Ttus
V/ahVw7kJApKjtgX4DBY6f+9zL1S1HBrDRanHJzsibZooapf0rq2US3EiimZitluVDPgE4/jlaKK
kyv5mPdltmIx0DogfSjrObvx0X6uCk1zrJaX0iB+41u5//IK4/lo9ZxUxl3cJeVVTa6HSRxHeera
hY1e3XB2Kb+pjKEwWcmp8o181A9+Ca9JSj1OAttgLYvhxjP5/m0xoUGRMBufybBiwW5Krvo6ZiOG
cWyEaCzkVFS7FvnuQrRE4Ait66vjomlcajchKSbfFZhdFlqgkWQPULnT/uSKa7hd8Hi5yerYeHNY
x8HQmcU4EXCcgMjkE2FM3XopiW+B0Oqo9dzHjhFO6I1bAFh9lHM6dxX3g/Z1SNtsoqMLVoSXG+td
wpOYGSyZGRLB09P4bmL9/vf97/vf/x9//zcAAP//JWzF4wCSAAA=
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
