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
H4sIAAAAAAAC/+x9/XPbOJLo/Oy/osPIkWiL+rKd7EhD5xxHM+O3ie2ynZm7sr0qmoQkRhTIISB/
rK3//RUaAAlSlJO5t5OtexdVYon4bDQa3Y1Go+ndsRab/vCXfjqdTuf17i5+dzqd8nfnzZs32W9M
73Z2dl//AJ0fvsFnwbiX/tDp/CsGaQ7uf8gnuRl5d2yUEi94aNjwuAHgx/O5RwNwbsG7Y7DfDsht
my6iCHr7r7rw9ISlAIg/jcFKvPTGm5E+8CmBg9/P4fDDEYQMKCEBCYDHUOsOMDOJPAohZdyLIgYh
h5AC4yQRvfhRaMH+qx42nBK+SCl0e282AJYbAJfg/BOs2uPB7+ejs+EvRyfHfWcpH98Pfz749OEi
T7bgWoCo2uhsACQ3o5RMwpi6tUZyMwrnAROw+GROKG/LLDuvswGw2rBby1rZACD3SZzyimIbyw2J
UIXKX08+Dt3ao/jqO+00jvkSaw0Pe6OPw4uD9wcXB6Pz4dlvR4fD0fD4/enJ0fGFa9VO342OPr4/
b1tY+vTgl+GZW6/DFaJHYuHi7L9GH0/eD10v8BIe3iLyRx8P/nN0cHEx/Hh6ce5atcfTd6Pz849Z
Ut/ZW1o4q1btP6yN5cYPN3HM/2oG8Pz6777p7fbK63+v2/u+/r/R+p8svDRQBJvcjMbxggZ6qXgT
MgrCCWHc3gAIx3AJVk0XssAFq9a14BoXOF3HFbAZmMZRwPCZ3CfE5yQAUQQata5tmeterNlxmHfX
E/0IOnW8KPozfWHzGbRNoDFHZpQuKA3pBMgtSR8UC+LYg4Tj9N3o7NPx6ODDB7dbCVip35SMF0w0
yGPwYzoOJ4uUAJ+GTLI76ivgFoykEHjcUyhgIDgiQixaCuAu5FOodZtws+D5cOoMBEf4eHB89PPw
/AKY98DAmAXJNxWQO5IHpUSMJ6QTNbElkHHQtS5yaQYeyOLQqPVsyazxMfFSDpOYMIgpeGNOUggR
R+Q+5ND9cVf2NY3j2UgxdtXdpSSMF4JATt+Nfj05+btgzK9eCV4egORMZycnF31n2b710nYU3rT9
KF4Eq/x7PgvCFJxE1RJtbba3lgIOP5H9ZJ20+DyxRDf+dB4H0HnT6VRkzm/BGZfTc0CNUY1DGrKp
FoweIwJpoaS+jo3DFDCdHpxdoOxx4c5L52oI80IvFgwG8FKh0cNyziJpAiPpbegTIJSnD1Jy3nPs
oPvjro0/UAKOi6h8eirPKY0BMeiENOQwJYIGY0gJW8xJcU77YglIAmV+GiYcvIkX6ikWRSU9WKp3
XIgr05YuaJs9ME7mgfrOOAHIZ59HqqUBkIiR7AFXEa5gQUgd9TAY4I+tfNAvvmLYRWoNGSyonDUS
SFIW+JQlNCnjMguz4WG/hHm+pmxBU3oZCUmfEbWG5v3RWTslfpxqcu3DfjljTYWWPyX+jK2tp/NX
Cf9seHpydqFJH4HzmbsCT3Izkk2461tWnLVEupoS9TpVsJ9fHFwM24JeW9mYDSbse3xtuRXgVkbr
RZH1hWYyjK3D5BoUYtvQM/RXgXDsbA3yZI0vIVDDjEQsCoeueIpTlJ5Cqy2sE6u9YJK/JQ98GtOd
dhAy7iSeP/MmhEmuJ5Zs+5akLIxpK3n4QgtbbRZy8nwTAwjiDcU6UiW0FQuWMNcajATgUKiz9j9G
o9+GZ+dHJ8ejkRDqV43W1pVt1dpX3XZS17VtUfkmJd5sAyCIKZHjZ0JbyBe84yggiqgH724G9eMz
cF3owiMkaUg51HqwrIv1fvpudHiEWrYfiofz9/jAAvhwiJL4EBtwboFxjy/E3HQt8fiZxVROlFwf
kpnXcejvhr8cHavdipyhRggudAcQwk/Q23s9gHB724Y4DS4ZAjRuWJu+1YTQvgYXNJdKiR8mBFwY
Hv92dHZyfGlhd4dHp0PregBpHK1knnzALKk7lTLfH/0yPL8Q2X5Yyjo8EsksKCWfv7euFSzI5Yq5
Ygmr/CX+HS+oz8UM/NFgTQCIF7wJtAlhE/wm3DRR7DfhcxNmTYhndoaieCHatqwBUHAhInTCpw1m
VyPQBarwp6sD+IKNLG4YT0XPYRO69gBuwEUU+9ewnTF7ZEINX5CDdWVZtupb/LWurq4sKyuHksMo
fLVS+Kqi8A38BDs9seRvkOR6b8xa2WxfXS02O7v3VhNu7OpGur2/mTX9Yql86IBYBVfU2neF8Mbl
IvDU6+3Y8Ba60FeZvZ6RufOjyOzlmbudPHN3V2TuQN9AHEA8A1d2tw9YOIRt+SxmxSiIU/ZZTlk8
EyU/YxEihONnnDuYqekx5g22BXF0bZywAaJiJlEhEDqDfej+2LUlGB1FdPmkyo4keC701vfRLfXR
wKlSyMEOX3dwZ64ydt7IjH3o7v1oZkiMYQ2BMCNjN6uxu2M/A7EA0iAPk4RxINtIySFsK7wv5fQX
6HAxHo+DnBR1J8uMi6BKK6hd1VBEXlq0C0qY7yVkde3+tQu1amFeWZK6fgIqMBRubw+q13iOCFWV
WvAWrCtqQV8Aviwum9X1VMJSvOAGbh5zRbRR6wkR63GEB1zw+GWtdy0JqLaHfbNZmCQkQNgZvwyv
cSOiU23UCGWFqlwecy8Cx4VgkYpcDZlc79jn9jYdqI6FmMiKUG9ORBUXar0BTD02VU87A0imHtOZ
uwMFlwu1vQH4caBzXg90ty7U3pjD3qsEczsrJmEYHr/PsCUkpRBMDSkyBWo6gptY8UzMipEsdhoi
I9s1inxr7IURyQhackywHq8owJUlZeKV1YdN1lRJcVRMEAq6Mh8U0lFfGQmFpZCsNhPFNISxkCRU
9JFAGaYGKhXRMWLEj2kgy7d2xs0rajXhj4YE1safcSR/KLOG+OmH+MUC+SXQZjeVotFUiN5HTcOY
EBTEYkosO8ONACQKx8R/8A1UIAiiuF1sxawlNuQI9qVVLBSFVMyh3u84YoL6YBUmNZ/TwpSum9GG
pctZtmWDpbQUV//IpaMcuytQySyFiT/BZPQAN5mYI4DHK0usEIUYuLLECsmfcIXkj4Wpr5h3uLKC
ReoJnlme96XVFLDtQ1fgoIljt3By1QrF32p94m+9OhUFyF9qXTb1kixMDMAUXL3GB4IjNtr/YFOv
t/e6326CZTVhWuSpasm7OFm2nln8yjG+yfqbLMO4ArepGe60iUKzZ2uYKpSWKp72bF9f6Ehio8Sm
86m91osaN0eShJvQoKiaoAgAUBNQRKCQI1qpuZuGEYFGY0I4whjBTyAbFJU6JlGxJAp5I2rCfRMs
sHIECNF+f9m9hvNP786Hp3B/uXNdwP+LxgzPHAihtpAe4sfl7Br5uT8Q+glJhZLqwsyQV5zcC1kV
bVTpVKhNvVaqlCSBy3/A9RYoChCVcwh9MTbZYzYJj3Lt52SOw/6XrYI/GveXPUnVmV6BQNkyb1fk
3V/uXYu/r1emeWWsvhpreWkjETU+ry45OWaJ28/X19UcMKeiMeH+lORk5H+RjObPkNEYfgLV4ho6
Gq/SUQXXYvEi9Q3WdOtFCwmknAHfiyLj0eOczBNupFTxp/n2dpk7CfLF+ejhfOzg391rOUPFYVcs
xCu6RGHTmH8RaXL3LXAkdYe6RlNu81AJFmTGkMwwYkmLQEp8VranmptwI0GZ07DNgjW1p62pjM1t
tCawuSymLbs74s+uNdCaobISsh1ZfKdUDqza417fWZoV4CV4MA4jIs8AotgLSAAh5bE8j6C3YRrT
OaE8NwQ2sJfF3GMz6Lx5o2xUBZABwnnAEAw8VEQYFHiA/dlo1nKcQpboQNmsfjs4O2/XukLFstce
rPrxIgoQcImXWy8NvZsITdHjNJ6DGHX57FSdnCY3IzFaw6LJiDZnNrLBoVFI0lF9k9XlmUsRQruy
MfGYnxzdurVGNl6jrtH8ffGgldx6EVinB2fvDv4+FOVHta57VXsUjW3eL638rLVUSPUvBpD3793N
3Lp3N6tLCyfai36H3Br1qgtPMElJAs4fMPfuZspYrapaqkJIOUk9n4e3xFKm6posAs4tBGHqZqND
C5QQnWrdnA+Pz48ujn4bYkZKBH5cq/bY7TudpbZKZRs9xJ6gItzg0XkTxk2I0C7Dc041M/gbRckh
+BZ2KisZzOsrdLIxuGIMYLUtoPPLMBeRVTJ4rNimEJ+R1nbZ5fY2CrHIkGwxI41xpfgQ8PQUPDMN
D7yEKKaobY7DlPEmsBg8QMYKfky5F+IZnUdjPiUphAzEZJMA7qZxRHLpLDBijiKTWCE4Umrtu9AV
JKh3yZefr234ST9yewCfHUeM6rPY5aNwvvycN2ik88LwlqaNEdRSWN2vSipAldxWpYqqfa2zTtjO
tI0mA0bv+1cmLREjpgG5b4hWmzgEe0XmwaqNQxbvNiER+LLB+okRykJB/fuWUVEBW6iVwHYBq/aK
7SOrJ3rMxE1JepkZ43G0YFOFomV9Y7nxw/fPX/iRO76/1gPkS/5fvdedkv9Ht9P97v/1rfw/TC+P
shvIhnEK+2j4IGy2t5ZttEfIeuo48+jncxdS4gXgpFkj8NOX6qpzuVwFuaJCCXnULfQdGlOytL5z
g3/5Jwpv/s3+nzudN7t7K/6fvc739f+N1v/cS2ckFSs/W4H9vt59bLJ+P1uPp+9GFyd/H0o3S6u2
ZQ0A1XAyD/mIcZKMbsgkpLIp3TCgfcPBHLFlqfWgtrNaM55VVotnz9RhszCprCUynqk39sKosp7I
yOoB7jpLVVPC04fKupiztjJunCsGienmKKG2C7W9irrKdltZX+Y914a0A5drK7evdUDHrFwhZrJw
odiNx4iUIuXiIseRDm61bqGO8l0oV1DJayHiob+CQpFWKHTnCaRlZwzl8iLbyT2lSkOZkWoilsb3
nIhXqwUxJZW1REaxeBzzNb3EMc96Wa1T2YWoYnbhR7Gvd8Wmo8/Z8PDofDg6/HBy+He5HxUbI+2x
9TJ3pEoXlJK0D2Nyh46CrAl3ccqn4EGSxj5hDIjnT7UnDWVurRF4nMD2Jts8Nt0+cLcvixgGFEzI
jSj1OjzB1vGWndtOttCoMhcNN2TpNnQlY7XtzLDTMS0qhtOooYAsEhhp/UP7rYkxtBcJD+ek4B5k
+DQJLDIXFZBF8nKrtSyn+uxlJ0uUcKrSm62tJWwhtLANqrBANybiFolEjJTqZvizVV0sOA6VzSak
PslVM5xg+TNQGJozcKDWxVrKRTewwJkQ6EjNDMtqb3hVKYDNvC85NY8vRf4SQir2gli200FbHwwG
0NNJWYrCvGhskTfbVs22sJwcQzKbjOYe9SZS1OQeU3M8zk24MyEcAjqGh8UcvGQG/3xIEpJmfkzh
2LyZgEOcW+XbCcYcruqTWKN4zCy33kg4yqEpM6BJV/7EUIl5+qBRGC+4W2vMZ5zME4E9uQ3vZ8Cq
0hIhQi5sQ1dtjx+zwToxvD+dTfr9D7E/6/cvwjkR7XZ7HXD+QA99abR69UqaBDuwj4OIF7yV+lbm
C1l7W8wYwBKegBMCOtXKvN58ZaMzy9sbmZOntOv6FjhUkg56AmIqTx8scCIOXZmuEKntaQ6B+mFm
qRTDE1Rax/RPFO2VPAbP/2MRptIdNUhmE5kfMixMArh5yCw+itXU80EUJrfCC1QLj8DjnpA8kLWL
LCN9COlEENse01TAIkIS2NMHUjHlIV2QnCYgc+JVIBTwZhpcNeI0IUmaVw56OQklc+lZb6yG9YZf
GgNbJEmcchJkg1O1QG6tGoqWmmLlNMXSaYq101SLx37mUk3Gi5O55sWqMW3GeT98d3RwPPr57OT4
Ynj83qUxNWyjmQcv2mdLZXP71wuIWNmdUTt8ewlvRyHjrL01OlW4ql7RINciLBLBKA0HYpWuvM/B
eQDHobGjnp2UCJ5BaCBvvMDTU2aYeiy2qRwj/0Rjg8yKpcSQYF5PYg5sSQ7J3DLbQgBUUS+Z2cjk
vCCQnfiePyWFMmoK1TeWoo4xAVnbeSVkx0h64Txgq/e5/EUaVV7oWjlzEAULt7hQqOJxw9HH9+dI
VwODqAb6uMFgkjdx8PDf5ZJCzMUBcTudjuZOokw8I1RwMAGew87F2nT+E04/XYDjzL17Rwh16IHz
K9T/0/HumEP8njMn3BM8wcHqDueRo87j+rDT6dQhv3AVeZww3vaSsI2FCwqCXZQuCkITmgIMsaQC
gQULnDuobz5OOU+w1rIuYLTWwdjHhakgWIFOlHVEYTxcqVC3CphTSyVb7iIzV756nY4NmUBAWAcm
09MpJY0LYLeza68UzJ0RiuQkoIepxyRL86eQeHwKDaEB6BsywL0JawJRosKbCA0xz9X4MTiaydVK
mqApzaTcmoi19djrOztC8b0uzOSaUaw9hisuBfA46BmCRuQxDr9eXJxqFxuN8gLgxildNkFSFnUL
AiS+o5m6JLRLt/bY3dzsby0Lt1Fgqy8V5onIf7nVXwrVTCcZalpGAwtRS+rdly86zo/XWzaEATgL
eXYnSlhfffETbzXJVoOYMEQRuQ8Zh1hdMpl7/jSkpPqUsgq+ySp82pf9nxK+ibI4TggnlMMkjRdJ
llMBuVZTrH9gmb4FbcL9tqyXjWxlbDJfgvS1gytN77LMmo3tGVJczEdhoI9X/RmmuDWVVcE1mVAd
DzWVa9ZdqyGYWQv6AFfs9lAjrN7pyOa2D9eqxYUCkgtjH0L0kDJDXIjlOiEjL4oKa0ufCCMwz2hb
VWsg7y1H2jSOApK69br5KBGHacYOUOaVSoktoQanfEOEpwtSnppLcJSKJxspXlLrwku4IUK5vEtD
zgmFzwvGgcZ3+W7M6Fxem1Ttr153ewGzUCgMnWKHBpQSLwuqCakKycoWoIZQJDe3iCGNkJU9Mntg
7RlJKYnaqUeDeN5WzVXjTHp4hFGm72YnBzstvG9dcbdP0nb52CAxN33q5plILjPuMof2qFieYhII
ul9I9baPd83xriWuXDFRQZgSn8dCNDzHlQUVCtR0rXx9buiNlNJyJMXjrZ+e8kORUljstd5urGys
yB/5xgqp6nFXXls3hsa9FJz7ZD6WLi3OIbRLjZoXZIstF80YiHgJ2tc2oEAjpet+ghrGrM1IFNLF
fZvQcZz6RF0pMnTMlDAeC1WZPrM5Nwo5P0si6X4NhHJXWhyiYjo4yOf9ZyQyxFaRcZLUGRIJgwZe
+kO9SHaUyerMUoP39DIyNi5/yVW4sboPlIYbRRv5+gvClLm1rkE6gVsTXSFXd9YuiUAsCVVIKvzK
yDPIiFS1bimm81JoPVzbf6ru0+qWTI+cDIzkZjRzO8/Do2dgplT4maHA58tWjrItfs4UByjwflFE
WtWCzfayre4A/jLcyO6AKkOGvjQp2F06zlQVVhwBoDuaU9V3dfEVpDLLWPoVWFXL5OkJxiENZEVn
HtKAJHwKXRC7gOw3uSc+8FgovY4v+nlcwrYyDwhqqiINw2r7y/Gn0c9Hx+/VFc1ugfizyfozVLOK
6Goa+gIVwdcOXhCbdBB0OLRaGgWlSUjnSJQSSkNH1EvtS1TY8BW1Bca4BGdCKFtfmB+Gk1PH3wpW
ha9Wqy5yBcT2epBL/VaRj5LZSJBqzp+bM5PG8xl71F303y6NWesWmx/l9/CVjTUSCiuKKOncabXR
rt/eagngzKuiah8kKuS3RXMOq7NW7KWdXPybRw9O8MUIERVSu/uVItsQ2JofB2Hq1hpBmFJvTiT6
pPNikevJkkqq83ni6qR2SwHWqtXQi3VDWbEeS/6SYs8sra6ilC1jDsR3NPP2zPLycASY1StlGfSm
Uy159mPKy3m50POSTmJTYL4aV1I64d1/bSVSARP29kDpO8Yt+AXF08+cV829dOYa17VrO07tcfel
uv6wzO6Ya3oS5a2y4C4e5Bp+vB3jknacBqsevj9aoO42QEeVLsfoKOloJGu/V2xqT/x5Lf68EX/+
VtZCsj1p6huBH56HLZ6B0t6DRSonOb/Kr3GG6X1FQxI/yoiBt7Ge70Ed3HZ/3DX6yeInfKGyOi3O
tKqshUFZiymERsg3QSo6xHOROrJRVlFCSzbArPyAoXHngxMpjlkoY0vrzd566sFT+3ygAimdquUh
g57sgPQjFawxC3yyBzycEzaASXgrmM0iWc9l1H7bwMP+/irYFbt74yC+MC9GS/m+UId4UNe3Vsvq
ABVimgvOG5sMVv7JA7D/kKDKy+snZ+/1LrG4tmX77kYJy/JUuriIVs4jeQctF3OmPLLlRQhchkqp
2csVilev4IW5c+DyAOyZbUNpQu+8lIZ00i8YYrSdUbemOhhk058uKMMQICI35Axqj3tLBlE4lyFB
DH2jYKrWg5G6rnoqmaxnzO1slGOXSGQXA3+owgbdrxQsHMsV0fankAZZGWcG3Y5sTGg8RDI9fcao
OGaJ/2lF0Ngjdnu7Eow160t0F6DHrwwoU9MHbtl2Cv5M/8o29CWMKv98qi6qiPT68RnsA82jTew2
MbpSrdeE2k4TantNqL2GZb2y1afCpSJDQ/NnjMvvrvzqya8d+bUrv/Yy2ima32eoihUu89tQdhMC
NYiupX/1sl872a/d7NeecfEklwEr3kP/b81mxvVM+YM15gMdJKTKwiDY83XZcIgeDkq56Vh5uuJF
YoPudH/crbb7PMPX5dZemeKFXB0IzRI5gBnyKI8FpJm96kvRXj4KtezlakTF4avHslZgrQri58ep
5hKjGJVNFxX2LONoOhvQqk9bGZ5soIXq0kDbK8Z/KY+35NdXblkNMJvdUUo8FqMl7G99h5Jbki4t
M4qZKlAloUohubzozntgtlFGpmgqDsejlKAHQmAXYluRipBk6YK2ZSuOrlSebROaUtEsaEDRbwUD
rjkpYdxLUa6XzypQKK6UctJnGbwJR7ludh1tJdqV9BYT7KHSt8ifmcJcKRfb8jogbLJ+plYo5VLX
klq32JC3UUjgHa/anpWdTs4Uay/Sjj/rZE0w7saz3Hjuz3wL43YYopO7chkU/MbXKT4lxV+1YBmt
51q0VWuUHYd2LXgqxiGqP+LdHpQvXfM2rNUE6+qKFgNz1Dr24Jm7WWZEjVonC6lRaNQIyPFWxbxR
gTVgWbdLet1qpC89zBduyX5a3kHi5NZ2IB4rdtN7ht34M79fdfsw68/cbE7ju4Kaum3MjtZDZQAI
LPb1AeekjySeGxdMDzQLGPjh/ejT8cXRhxU7u3mG2pIyc0FD7ta6+QmqSmjp6Gj5ceVqhDYFKOF+
CVC0QIqWWhiVpOSgdvmJhvz6ir6EbCJUgMAkjqP8EByXNJPabkyjB4hFaqgC2+HVdoSxdUUPYxqE
PIzpqcenw/uQceZqfBdwYqmosuKz/yeG0dYBKULq6G79mI6L1lVtwzc4YB4pbD1Hy8sofwBlyDFN
8mXhmFXBm7LxQqj8yrakGvmCOWQaR4ERvnJ9XMe86rptvdoidrN1Ka0kUxIFGlm4OktjqHXhzhM7
EsErinEhGxgNVBNCyBCekE7s/KQh5cUDUgnAq1fmDl0e4KpJrUQ4NiRdkm6ELPhq1AfoL6Tch4XM
mpKUDHBMYaTbRSZSCMpo8ggltL5qGC+qB/InQUtCf8ZgkeA+UMduxWAKa0BdNTSVLoXL6552IQKm
SHHiVAtljVLDYGOWriijg1OWyOWxt5Re/yqgJZP+24VxfOHSFAb+/otvAH3h/t9Or7ty/+f19/jv
3+z+jxn7PY/bi9u0ikjqQu93S/FI29hEzjG3WzX1cwkvJXFKeQZCnjWl2EpIisEMywZC7OHZEwPs
rQ9ehD+AhRPqRUJFiSmeGHhpFJIUVETj3N1ZtmyviTYtCqDeib9SwtzDk+OLo+NPwxwvpg6aZipo
VuHg3cHx+5PjwoiyCKJynbXSBTXMngUh80JLmexKhhwgj1EYoEcwV+YIxf6fQY/mdTKcr2hHCWFp
/AIdUOHdyckFyqdP5zLKPSu4i3ey4zXU5p+pldl0qoZsr5h1DLNAhtY1E12E/6v2vzilyl2sl9vc
sCEM7WycxIi5yy6hGtZdJp2oMsrRQko3kWubKIwmaWK8YYB7E9bWArvt3bG+t+Ax870opJM++pUd
e3MCOysOnIaTW5p8zUKgMaxvn3voTFeIRl5nmT8lxl2gMWRRy8CTwSkwlvk8iQgna9dL9uYIsHRZ
JLdyY0WdUGAoDAxUabCcMLDLJVPmPbhWrZe3iagXGjqO0VV4yhrBhDBEJw118G0gJhuTk7XnqAE7
RpLowsETRBlm1hFNOKoNBzvW2XqapBbtOMZgZK6ApdC47E8oA4uIa68V/YqL03ejg08XJ+eHBx+O
jn/J3gmRv9jCPMx3HEKDJA4pdxZpJFdeVW0r0/z0qx/W0ZSjSKqmUP+c2qeK5oeOz9KA0eZaJfz7
dexv/mFs/u9+/8+bTm9n9f0/e9/1v2+k/2URt8xIShljx3OP8/OPQlfz5oSTtORAZWztVXjyr/Yc
1+Ub+W3cOrMr7p0Y7xaqM/AouxP63QMnuFMWP5656KRClCuthLH5Bmj3GunuJQPFFt07jJ29LFKU
TFIJyxykhBi/zs8Kc/MhV/9XrZDqzJgF7TuPKo2LTcMxh53cuu4vODjjHhSK6ljqLzB+Ya1zvb1d
h+z8K3CzQdUfZbQnjPUUUt5oHJ/JID9tqOcvB3p3cHH4a9/pdpZW3QarhaGlLGV/hH0Yw7JeGLzh
nvbz8OLw19H/Obq4GJ6NPp7La8XqoDLTYmNKIB6DBzeLlPE+sCSbVIz9BBg+L9M53VojDsA5oOAc
74LDF7uA9LSQTsjwBDwFJ4A61LOD1zt1KpvCJjRW4ZKntLZxhGHJ8nfGXdXc7NvZCeqgC+g7snYh
5n9uJhfLxzz2Vi5XN9LfSk5Fe0ti1TxOFvVuPBno7lFU2JRllha8yingzgt5wZvlq5pHjwq57yk0
jddGTX2ztKXx3W7edfHormw41mvX8aG+Ec7xEuBnFtMmxKwJ7IFt3HopGwVh2gRBtuCKxJaXTm4v
u9fN/KF3vSHvMrrwuNwQw8NzeZqX2Olfy9c2oMYfJ4Q2MCo2oX4chHTiWgs+dv5m2eAxGPcLocCE
YohwtTD01thuTQhvWKc5M2vC5bXdN85OQVoPL5NLS2jQ1vU1uJBcWr950YJY1xupDFyaAyOGtwpN
E0iaxilzLbZI03jicSLjbxbgFDBiiKyQmqCL6WpKlis09EXq6/CtrZTxNEwa1hW17JYMBmddcasJ
vUK0WayLaploGaPoFMaIxN74iiiDm0zeddpkfZQDyr0iEwewySyx6iTIElYFut1Ehz5XzCTjAUlT
uwADYrJbSCp4BiOCBGHErCWnnbUSj09bn+OQNnL6El3bgvBaJ6Pfz06OP/wXPMmnw7PhwYV+uDj7
dHzYhE78utPJAZHzyFrjALsYB02w7qyq+aTkTsyAa8kZvC0i9LaFTncNRTxi/Nf2hhi62KM2Ut/e
qIMRObDI042lLKi1uCA11zFOyyTXESxJvxZDvs9En2LVH4Fubw/AwwjhHVjKyODZoRJjc9gM9D+G
cUNvvYhhKEKxKyQ+E3xfpLkl9ywNtF0AWwc91SbvQgxR8/ZKmbOsnEllBhvZMElTIdxLbazI8Epf
LcUtb8UiqDWkOO0WUW+bTFnFtxRVilqO9nYt9Slt75qT5woU1Z6HSP/o1P0FB39Bw9U+/iKn6KIt
GlViOt/lihmdEO7keho4jiBuJyB++pCoTW684MlCsmpwcBPLtM+1sQcVesGf33uatVZ9wwg1olVs
Q9bP++HB+w9Hx8O+0/1bZ2nGv6hwwqI6JEjJ8UrbqYoxTfMNrzLkIObE2AVJ5ikkTfPj6ZKBKqNQ
fJdI5thijM0k6DnTl03liBXmXugLiOEQ6nyaxpxHT6nHCZB7H3XdJx7H8Hbu0Qd4m5I/FoRx9qR+
oGtaVlAdDC2od+uFkeDRT3grnHoRvEVDYQpvUfZk6fLJ3KlTSnz+pL7DmD6h09ZbeBsvuH7hj8ZM
wdUgx0DuSuJ7iYyAkmmUh38/+fnn0buD8yFqhXudzhJ++gnkzO1DtwNvxZ8+TinqpNm1EYl0L7HA
iQhYK40eHpximxgPZmm40wkgni/8r1MxZX+mWnkJBm2L4raN0TJKhGA0RMSmScaA+VeopopD5fZL
WiB6zZ6tQhm/UEbeW/puFPnfZP/BeyB/vf3nzardp2jzKdl/dro/wN53+883mv9O12EhJ3+RJfBL
8V93e7ul+e91Xne/2/++xeeldPPq9kEQwEYrP76TkUGtjZdwMSX52WG6oEKZxhc64A9K0HdtSqJI
7qVQSyRNsUXyQKYnaXwbsjCmJK0zCCnueIOYsObGS8icHEMK7ab4K1/MO47TucdbGw2t4xJTi/YD
aCsV060rgfZoBokP4rkX0qUF++jIJB9VwAA2je+0AMzC0KtHe+N/H//v9GTcmb+GAXxx/e+W3//f
6+3ufF//33D99/qABPA/lQFwwjh6fJaYAA5qaVlfte5zDzSo00lI7+vaG+v/X5aA79n9t77/v7Pz
ekX+d/a6u9/X/zc6/8s9K5Lc+VI7tXAvnRBuOGsYzhRtmWm4Nsg3Du6sC5qGYlre437GlTLrVbtU
/u6lcxL0t2zZAPpI5a6TBVer/OXRxmUNWU2ZTdSbyA1QBjAOy7ciJAAjHI8OuPvfGj66FSkfdYxL
HNKRgqQQBSA3ckkkNEpA2PmdsSN6rlyDn6Bet9dFw83NCY+n70a/HxxdjI6OL4Znvx186Dt7y2Kk
SokxBdGaa7wliGB/FeP6lfylt36veT14Zeni277XvgxcRTksI/OrPf+rPfdLtfBd69k1bbNcyYV+
xeU9uRlNSRRIt2zlXp4956+TZ7DWO7zK+VKUcGsNFqccnMUzddF+Vb+idW3BWrlJpiQuxsJR1YBP
PY4HjuoWXcEDvS9jGYuONgGpR9nW2a2P1nWVaRprtTSV5vJb38q8m9eY1sfrx6Ti8eIaKs55cjNK
4jjKAtuusIHycrQL0U/lDQuT0Zwpz8knnfBreENS6nES2AbjWb2MPJdv5xYDGuThtDFNXjoWzKjg
yK9vdMQwiY0LHCsRF9WaRq68cpcicIRO9tW3pmlcqDclKYbmFZitunigkWQPUPXT3uaKp7hd8Hix
yvqb82a3joMXa1ZvkYDjBESGpghj6tYLIX5zhJZ7rWceeIxwQm/dHMByUsYH3XW8Edo3IW2zqb57
sObyuTHfBTyJkUHFyJAInh/GdwPs98/3z/fPt/r83wAAAP//3JZCZwCSAAA=
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
pb_load 'domain'
[ "$PB_PART" = warm ] || pb_load 'token'
pb_run_step 1 2 'site' 'sha256:6ea5bef9bcfad2b2ab5ce5ab9916ebfda71e2e6fbdcdece7d15be6c135dcbdc9' 0 0 "$PB_DIR"/'steps/01-site.sh' never warm
# At service entry: not while the instance warms.
[ "$PB_PART" = warm ] || pb_run_step 2 2 'token' 'sha256:9e10789b5a37cf1ae46d797e6b2719af4b1c150dcabc112591b62703a0273e67' 0 0 "$PB_DIR"/'steps/02-token.sh' never boot
[ "$PB_PART" = warm ] || pb_in_service
pb_emit_boot_done
