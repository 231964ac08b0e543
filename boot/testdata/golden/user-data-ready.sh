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
H4sIAAAAAAAC/+x8e1PbSPbo/O1PcaKY2AYLvyDZ2CNmCTCz1CZAAZndW8C4hNS2FcuSRt3mseDv
fuuc7pZasoHMrV9y61cbVyrY/Tx9+rz7dLu3fJNPfvqmn3a73X67tUV/2+12+W/73bt32Xcq77R7
W29/gvZP3+Ez58JNf2q3/ycWaS7uf8knuR66t3yYMte/rzfgoQLgxbOZG/lg34B7y2Gn5bObVjQP
Q+juvOnA4yO1AmDeJAYrcdNrd8r6ICYMdv91BnsfDyHgEDHmMx9EDNXOgCqT0I0giLhww5BDICCI
gAuW4CxeGFiw86ZLA6dMzNMIOt13FYBFBeAC7P+AVX3Y/dfZ8PTgt8Pjo769kD/3D37d/fzxPC+2
4ApBVGO0KwDJ9TBl4yCOnGo9uR4GM58jLB6bsUi0ZFUj71MBWB7YqWajVADYXRKnYkWzyqIiEapQ
+Y/jTwdO9QH/9O1WGsdiQb0O9rrDTwfnu/u757vDs4PT3w/3DoYHR/snx4dH545VPfkwPPy0f9ay
qPXJ7m8Hp06tBpeEHomF89P/M/x0vH/guL6biOCGkD/8tPvv4e75+cGnk/Mzx6o+nHwYnp19yor6
9vbCol21qn+3KovKT9dxLL61AHie/zvbb7tbZf7f7mz94P/vxP/juZv6imCT6+Eonke+ZhV3zIZ+
MGZcNCoAwQguwKrqRhY4YFU7FlwRg0dPSQUaBiZx6HP6ze4S5gnmAzaBerXTsEy+R54dBfl0XZwH
6dR2w/CvzEXDZ9A2IYoFCaN0HkVBNAZ2w9J7JYIEzSDhOPkwPP18NNz9+NHprASsNG/KRnOOA4oY
vDgaBeN5ykBMAi7FXeQp4OacpeC7wlUo4IASkSDGkXy4DcQEqp0mXM9FvpwaB5QIn3aPDn89ODsH
7t5zMHZByk0FZE/KoJTheoJorDa2BDItutohKc3BBdkc6tVuQwpr+pm4qYBxzDjEEbgjwVIICEfs
LhDQeb8l55rE8XSoBLua7kISxiskkJMPw38cH/8TBfObNyjLfZCS6fT4+LxvL1o3btoKg+uWF8Zz
f1l+z6Z+kIKdqF441lprfYFweImcJ5tkU8wSC6fxJrPYh/a7dntF5ewG7FG5PAfUWNUoiAI+0YrR
5QyRFkjqazcgnRUGsmAwoKrO+60GfSHdNSoi4fGxvBtRDLR2O4gCAROG1BNDyvh8xoq70UfilaTF
vTRIBLhjN9Cbg03lTlpqdmKhJYSn86jF77lgM1/9zXgY5G9PhGqkAbCQs+wH0T/xHpJAW/1Qy17P
F/3qK5ZdpLOAwzyS+Ga+JMKI3Um+zIiQGCTIlkfzMu56miaRGjQDoI7OyFFDs3942kqZF6ea0Pqw
U65YprnTg5Pj03NNdcn10AscFAZxShITLZkChq3WnEuaTu7FJI56LT/gwk5cb+qOGZeUjpvdumEp
D+JoM7l/YYT1Fg8Ee36IAfhxRRFdqgS1YjsJc7XOmQ92BDXe+mM4/P3g9Ozw+Gg4REF+Wd9cv2xY
1dZlp5XUdO8Gdr5OmTutAPhxxOT6OWqInFRsWwEBXcNcfAT3dgq1o1NwHOjAAyRpEAmodmFRQ0o5
+TDcOyTLygvwx9k+/eA+fNwj6btHA9g3wIUr5twhXrdv4AuPI2klyY2RDFyjpX84+O3wSFmocofq
ATjQGUAAP0N3++0Ago2NBsSpf8EJoFHdWvOsJgSNK3BA03fKvCBh4MDB0e+Hp8dHFxZNt3d4cmBd
DSCNw6XK449UJfVlqXL/8LeDs3Os9oJS1d4hFnO/VHy2b10RLAv6fzSPPIEY/rPOmwAQz0UToiYE
TfCacN0kUd6EL02YNiGeNjIUxHOExbIGEIEDIYvGYlLnjdUIciBS+NHdATxwgM+vuUhx5qAJncYA
rsEhFHpXsJGJAZI3dQ+327q0rIaaG/+3Li8vLStrRzLFaHy51PhyReNr+Bl6XeTaayKp7juzV7ab
l5fztfbWndWE68bqQTrdv5k9vWKrfOlAWAUHe+04KNaJHRBP3W6vAb9AB/qqsts1KnvvsbKbV261
88qtLazsQd9AHEA8BUdOtwPUOIAN+Rt3xWhIW/ZFblk8xZZfqAlDsfmF9g6manuMfYMNJI5OgzZs
QKiYSlQgQqewA533nYYEo62ILt9UOZEEz4Hu03N0SnPUaasUcmjCt23ytlRF752s2IHO9nuzQmKM
eiDCjIqtrMdWr/EMxAikQR4mCdNCNoiSA9hQeF/I7S/Q4Xw0Gvk5KepJFpmUIDMFqV31UEReYtp5
xLjnJmyZd78to65izEtLUtfPECGGgo2NwWoezxGhukYW/ALWZWRBHwFfFNlmmZ9KWIrnwsCNhjva
2NDf3Bm7iFAIV7sDmLh8on71BpBMXK4rtwbAhfq+PQAv9nXN2wH481T9eJfbQPXqNtmifBokCfOt
BohYuCHuvGomYTo42s/gQp2DIr4ulQ8ioI18a8VTXL9RjNYeVmQ2N9ZbIzcIWUY6UjaB9XAZAVxa
UrtcWn1Y401VFIfFAjSSlPNVKCfNP0TVXyhWBl2xjGAsFKGZNESUUamvSgkdQ868OPJl+83eKBuE
JVR2YTXhz7oEvUFf41B+US4ifvUC+sN9+QeR2GgqBd5UaN8hDa4wEwYRolmbhTbisA9WAe852gtY
fwrpdUu3sxpWAyylkh39JVcVEiAHV8stBd5f4Di9q2scUQXwcGkhESuEw6WFRJz/IiLOfxZ2Z8XW
wKXlz1MXBUh5axZWE2HbgQ7ioElrtwjjxETBFX0nFlLfJQOpH1zIb8Q6wVWTuCa4Km4MwAQcUGMM
UDzUW3/widvdfttvNcGymjApChgaliRFPLUaemfpT47xNd5f4xnGFbhNLX0mTdIg3YaGaYUGl9MU
+fnZuV6YSGKjJLPyrb3SfDdh3jRjhHpEeprkIYDagCICUahqDX87CUIG9fqYCYIxhJ9BDoid2iZR
8SQMRD1swl0TLLByBKCeu7voXMHZ5w9nBydwd9G7KuD/VX1KQVXGogaKdvxyMUVhuLHhDVBZsxQt
NgemhvAW6GU5EFZWGRhkWrxVdoUkgYs/4GodFAVg5xxCD9cmZ8w24UFKkJzMadn/Y1zwZ/3uoiup
OlOyBFRD1m1h3d3F9hX+/3Zpm5fW6qm1llmbiKj+ZZnl5Jolbr9clXhomYpGTHgTlpOR9yIZzZ4h
oxH8DGrEJ+hotExHK6QWj+epZ4imGzecSyDlDnhuGBo/XSHYLBFGySr5NNvYKEsnJF/ajy7tR4/+
37qSO1Rc9gpGvIwWlxGN/CLSpKuJOJLqvabR5GTeviqwFB86pTDApiy2luMGxQiS6YIaBSoMQZMU
4kddHT/ifNYgX5rPZDMdy+rhf1vWQNtNKrrCe7J5r9QOrOrDdt9emB3gNbgwCkImo55h7PrMhyAS
sYzARjdBGkczFok8gFKnWeYzl0+h/U6aRSWQAYKZzwkMOkYhGBR4QPM1wHMF2HahCidQYZbfd0/P
WtUOmkWNJ4+SvHge+gS4xMuNmwbudUjBt1EazwBXXT4tUmdFyfUQV2tEgjjTYaB6tjgKiUjCqq3x
mowyFyFsrBwMf+ax8hunWs/Wa/Q1hr8rHi2xGzcE62T39MPuPw+w/bDacS6rDzjY2t3Cyk+XSo3U
/LiAfH73durU3NtpTUbLKVryL8hjMW868AjjlCVg/wkz93aqgnyqq6U6BJFgqeuJ4IZZKsRXlU3A
vgE/SJ1sdRR/QV2q+OXs4Ojs8Pzw9wOqSBnix7GqD52+3V7omEzmBhH2kIrI/YlmTRg1IaSohchF
19QQeBGpEhRkNKnsZEizrzDSRuDgGsBqWRDNLoJcZ65SyiMlR1GfhmRkWA3gFxsbpNVCQ9XFnNVH
K/UJwtNV8Ew1PPAawjgi83MUpFw0gcfgAkla8OJIuAGdSrhRLCYshYADbjbz4XYShyxX14gRcxWZ
CgvAlmpsx4EOkqD2IS++XDXgZ/1TNAbwxbZxVV/QByZtffElH9AoF4XlLcwIGyhWKHpziDZJBWSj
N1Sroq1fbT+lfac6gpEBo73ipU1LcMWRz+7qOGqTltBYUoKwHAGQzTtNSBBfDbB+5iziAVL/jmV0
VMAWeiWwUcBqYykykPXDGTP9U1JnZsVoFM75RKFoUassKt/z/E86RN/2BPil/I/u23bp/LfT7vzI
//he57/mKW/5GLhinOU8GGeQa631RYvcddlPHaYc/nrmQMpcH+w0GwR+fqnv4yP0K2Ao5MsIVfKD
HqFvR3HEFtZ35o3/hk8YXP9/zv/qbvfeLuV/9LqdH/z/nfh/5qZTliLnZxzY72tbfI33+xk/nnwY
nh//80CmWVnVdWsAZJR6Yexpq1QlbWDbk9ODvcOzg+Hex+O9f0p7EA0TfdL8Oj8ATudRxNI+jNgt
pSbwJtzGqZiAC0kae4xzYK43IRWZXA8j7lTrvisYbKzxtSPz0JGsbdnEcGCoIHdiajV4hPWj9Ubu
u6yTUzPDgeuydQs6cisbjcyxapsejZGmYoi8eQJDLfH0eTuuoTVPRDBjlgmskcqCWOQOibx58np9
c1Eu9fjrdlYo4VSt1zbXF7BO0MIGqMaIbiokE4WFnJX6ZvhrqL7UcBQonymIPJYrA9pg+dVXGJpx
sKHaoV4qKci3wB4zaEtdQG11/p3q5MNaPpfcmofXWL+AIEJbjNq225Rth25sVxdlJQrzONg8H7al
ht2kdnINyXQ8nLmRO5bEnZ/Xz3AyNxH2mAnwoxHcz2fgJlP4z32SsDQ7RQ9GZi4kLXFmlfMhjT1c
1mDUo3gIIk1fIhx1nJ45sDJ5MDGUsEjvNQrjuXCq9dlUsFmC2JNmcD8DVrWWCBHpPZ1uSaPyIVus
HcP+yXTc73+MvWm/fx7MGI7b6bbRQbSqf7ek0/jmjXTJ2+gTy8k3U8/KcjiqvxQrBrCARxCMgS61
NFCpp3xks32jkiWnUDGObUeSdChHiEpFem+BHQroyHKFSO3P2gxqe1mkAJeHVFqj8s8RxQtEDK73
5zxIZRqNn0zHsj7g1Jj5cH2feVxK1NTyRRQ2d0X2isrGoJyuayTnbFwSGek9OnRBBNtcUwEPGUtg
W0eI40gE0ZzlNAFZTpECoYA3M+ChEacJSdK8Sg/JSSiZyVw+gxueDrxEMfB5ksSpYH62ONULpDFX
V7TURM5pIus0kXeainkaz6TxZrI4mWlZrAbTbtT+wYfD3aPhr6fHR+cHR/tOFEdGbCLLPKL4SKlt
7n++gpCXk2l0ipmbiFYYcMFb68MThavVHA2SF2GeoKA0Ep9Uucp3A/sebDuKbfXbThnKDBb5MscW
Hh8zx/ChOKZKy/kLgw0yL1KpIRRej7gHDUkOycwyxyIAVFM3mTZIyLm+LyfxXG/CCm3UFqq/1Cqy
jQ3Ixs47kTgm0gtmPl/OIPfmabgyhXwp5ocNC3njpFQp3Hf4af+M6GpgENVAh/sMIXkd+/f/r1IS
1VzsM6fdbmvphG3iKYtQgiF4Nj9D3rT/DSefz8G2Z+6djUodumD/A2r/tt1bbjOva8+YcFEm2NTd
FiK0VYC8D712uwZ5infoCsZFy02CFjUuGAiNonZREJrQFGCIJRUgFiywb6G29jARIqFeixrCaD0F
Y58YU0GwBB22tbExBTdXmFsFzClWydgdK3Pjq9tuyyBxDuvAFHq6pGRxAWy1txpLDfPTwSI5IfQw
cbkUad4EEldMoI4WgM7JBeGOeROYUhXuGC3EvFbjx5BoplQrWYKmNpN6a4y89dDt2z00fK8KO/nE
Kp4MgxdZAVwBeoegHrpcwD/Oz0/0mbdGeQFwI0qebZDURZ2CAolvo8xcQuvSqT501tb664tC/ius
96XBPMb61+v9BZpmusgw0zIamGMvaXdfvGrb76/WGxD4YM9l7BxbWF991YTyqOWofsw4oYjdBVxA
rJJjZ643CSK2+pRgFXzjZfh0JuV/JHxjFeMYM8EiAeM0nidZzQrItZli/UFt+ha0mPBasl+2sqW1
yXoJ0tcurrS9i7JoNtwzorhYDANfH294UypxqqpqhdTkaDruaSrXortaJTCzEfQBCnp7ZBGu9nTk
cBt7T5rFhQZSCtMcqHpYWSDOkV3HbOiGYYG39IkMAfOMtbWKB/LZcqRN4tBnqVOrmT8l4qjM8ABl
XakVuoQanGKS7COIdM7KW3MBtjLx5CDFtPgOvIZrhsblbRoIwSL4MucCovg298aMyeVFDTX+coL9
K5gGaDC0ixMaUEq8zCNNSKuQrGIBaglFcnOKGNIIWfKR+T1vTVkasbCVupEfz1pquNU4kyesQZjZ
u1mssrdJN7xW3CaQtF0OVCam06cy5rG4LLjLEtqNkD1xExgdf0rztk+32+h2B3EubpQfpMwTMaqG
56QyUiGipmPl/FnRjpSyciTFU855V50DSy2MvtYvlSXHiv2ZO1ZEVQ9b8qKcsTThpmDfJbORPFK2
96BVGtS8klMcuRjGIMRL0L52AAUaK11TQGoY8RZnYRDN71osGsWpx1RCu2FjpoyLGE3l6Bnn3Ghk
/yqJpPM1EEqvtLhEJXRokc+fX0tkoKvIBUtqnIiEQ50uK5BdJCfKdHUWqaF7CRkZa+AyLqws+4Ey
cKNoI+c/P0i5U+0YpOM7VZyKpLr9JEv4yBKqkTT4VZBnkBGpGt1SQuc1Wj1Cx39W3eDRI5kn4hkY
yfVw6rSfh0fvwFSZ8FPDgM/ZVq6yhV+nSgIUZD82kVE1f621aNE59vnubweV7O6KCmRwLT9mYKej
zFThxRUApYPYq+Ze3XwJqdwyWH8FVhWbPD7CKIh82dGeBZHPEjGBDqAXkH1nd8wDEaPRa3s4z8MC
NlR4AKlpFWkYUdvfjj4Pfz082icRYcRrDcgr+Tns11DNMqJX09ALVARfu3gkNpmgYwvY3NQoKG1C
OiOilFAaNqJmtZeosO4pavONdaFkIig3X9gfTptTo+8KVoWvzc0a1iLEjadBLs27inyUziaCVHv+
3J6ZNJ7v2IOeov/Lwti1TnH4YX7zT8VYQzRYSUXJ5CmrRXH91vomAmdeVFJ+EHbI7yrlElZXLcVL
27n6N48ebP/FO6krtHbnK1W2obC1PPaD1KnW/SCN3BmT6JPJQ0WpJ1sqrS5miaOLWpsKsM1qlbLI
KiqK9VDKV0KfWUZdsVVD3nKMb6Ms2yqryy9AUlW3VGXQmy5FmAewMPXlrNzoeU0nsYmYX40rqZ3o
zqKOEqkrmtvboOwd4/bePBoiweSyauamU5VydL57ftCq9uzqw9ZrlY+8sLL9V/SE7a2y4pZHXUAJ
qTafBnQHttqDdh6uphy/5Qy79xaoZGNoK2lUvhVcstFYdje1WxxqG/97i/+9w//+VrZCMp809Yyr
ps/DFk9BWe/+PJWbnN9g1Dij8r6iIYkf477qCzOoG8Kd91vGPNm9zxc6y7T83KrKRhiUrZjClc7c
CVK3Wp+7G5ytchUlbMoBuJUfMNRvPbBDJTELbRoyerP9LPXgkhT1IE7aK9lDXrPugczjQtGYXbXe
BhHMGB/AOLhBYTNPnpYyyt828LCzswz2Cu9eQ6zmlODm40DmE+pnMtRdCkOe6PvE6lItbnHhqHiN
w9I/efj1dwmmvDZ5fLqvPcQiX8vxncoyhq/ZOIgI5i5Ue9bSSaRoU8xixlUupMxJJgZU5sx2bkq8
eQOvTJ9ByKOvZxyG0lbeumkURON+IQSjI4x6NDXBINv4dB5xurSMtYHgUH3YXnAIg5m8xGxYGoUg
tV6MtHLVr1KwesqddqV821qiOstd1iex2Nig+KWGhQO5Itr+EtIga2NPodOWg6Gtw6S406eLSlaW
JJ82AQ3vsNPdkmA8wVk4nU+5dvIKfFUftWWOFPyV+VVU6CWMqszYSCpxKq8dncIORPkt560mveRQ
7Tah2mtCdbsJ1bewqK0c9bGQ32/YZt6UC/mXjDSDR6irXdVt5BdlolVWYFJtp77LvcoVR0F2VY6w
USqAsgLaVl6uGBc9Wbvzfmt1gOQZASh9YBWzRgU0QBOMGMZ80yC/7K+loppLbVW+CsUlknhJw371
Wp6S7EoLa231/BqVkqMnCsr+/Yqgj3F+my2mDAqdIRuwaEFgdpURzG7xen55neWB46kxqlpatqfD
lLk8pkDR3/p2xG5YurDMZ0VUg1VCvPRGhhveuve8YbSRJdpyCEbDlNEBvd8oPFnBVrwRks6jlhzF
1p3Ke2xCU2qqNy8spnXQCyh2yrhwU1J95VA+aY6lVnb6rBQ04Sj3zW5LLD1iIZOpkK9Xpt54U1Pj
Kf27Ia+vwBrvZ5pX2V66lzRK0V9tkSSlKwjVbSs7vJsq+VekHG/azobgwomneWzZm3oWXbo29Itw
JAMUEjmfsg1KdrEawTJGz41Mq1ov59VsWfBYfCSi9kCp5ySEO+btLasJ1uVlVLxVXW03Bs9cHTCv
Q1fb2X3owqDGbepf1IMF6lY0LGqNkumj5XwhvEjLfOWUwotlB4s2t9qDeKQETfcZQeNNvf6qyzHZ
fKYvNolvC5bchrE72lSTd4qp2de/I0Nd5bFq7pkbLJe/G/I0C+Vt1PmscqzNEGlZDmdd6OZQPEdD
TPn6apCX3FPk0BzkHAErAaPWMpXiGpn0q0H0Kc9BpT2iMJmwlA1Qat4GoR6XdrfwCI65eUqa5LC+
Wg3tX5w/Cbwph3lCpqp+yoquXj4Bz7IXXLoxJu+CNArPCmGJHadaJGq8Gd6k2XpFG/3iT3Fx1Yfu
gvkSjfRKEJfJpYV1/MghL37o4cdvnAH+wv2PXnv5/T9s/iP/+/vkf5tvf+bvtpEvsOIlTTQyndKj
WC0aohx3oabPBmKpWx/ckL4AD8aRG6JqiyMKxLppGLAU1NN0eRapHLnxxLOB2IDsFfqWMu7sHR+d
Hx59PsgXaNouaWa6ZB12P+we7R8fFVaUXQKWDLOZzqOvWZyWsfJtNlym0oQyLgD6lueH4+NzCmB9
PpOPjfJCDm07O3MgG+6ZXpm7uwrgxpLHa7iAGVKe2KYi/F/l79CGqByabh6OoIHohT0jPI2Yz+4C
GSEvLjNLsn3XGlAPUVKC4zQxHnoV7pi3dE5Xy73lfXcuYu65YRCN+5Rsc+TOGPSWstqMzJ80+Zqd
jmJ4enzhUoZR4VHIGs+SzOgyaBRDGIyYd++FDFx5Y5aelJwlIRPsSWrPHvAFS7clcisPVjyGRAwF
voEqDZYd+I1yy5S7945V7eZjEuqdakcmLDkKT9kgVBAEdHKtTgMNxGRrsrPxbLVg2yjCKWw6VpEv
v9k4hK3GsGliXa23ST6Ra9vGYmQtwlIYXM6HRsg8FPooX780fPJhuPv5/Phsb/fj4dFv2dO8+fvC
5gmnbbPIT+IgEvY8DSXnreptZWalfoH3KZqyFUlVFeqfsylV0/wk5lkaMMZ80hL+YRX999l/qB2+
pf33btnuy2y+3tZ2+f7v1lbvh/33PT6v4ZwMEy9IUB8VLZQ+jFnEUlcwvwl+LFNR/UBsYqd7eoo2
iOSzQtIMIKnImjJVudWsvH7SxqGmIoZ4CnGqTIkmxJFXevCWTlhY5DN/syIFnzy4WjXkKE7zit93
T4d+PHODyPoh0J7+yKyMb3//9zn+X/reafd6nZ9g+wf/f6f9b3dsHgj2jeIAL73/sLXk/3fbb3/c
//5O8p+iyp0+IAFUNnO/Ub4MYFWkhsic1oLQxy8Ro1D5hIVhUQm4HFyQ5Uka3wQ8iCOW1tDRoCdS
/JhxVBHZmUoQQauJ/8uH+UdxOnPFZqWuXQhmZouiJ6xOJ5ya8hYfloX/woIdunchf6r0fT6Jb1VQ
3MoeZVI/Gz/UxY/Pj8+Pz3/F5/8GAAD//+UTk98AbAAA
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
