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
H4sIAAAAAAAC/+x9/XfbtrJgf/ZfMWHkSrRFfdlObqXSWcdRW+9NbB/bad87tq8OTUISIwpkCcgf
z9b/vgcDgAQpynF3275z38anjSTiazCYGQwGM0PvjrXY9Lu/9K/T6XTe7O7iZ6fTKX923r59m33H
593Ozu6b76Dz3d/wt2DcS7/rdP6MSZqT+zf5S25G3h0bpcQLHho2PG4A+PF87tEAnFvw7hjstwNy
26aLKILe/vddeHrCWgDEn8ZgJV56481IH/iUwMFv53D48QhCBpSQgATAY6h1B1iYRB6FkDLuRRGD
kENIgXGSiFH8KLRg//sedpwSvkgpdHtvNwCWGwCX4PwXWLXHg9/OR2fDn49OjvvOUv78MPzp4PPH
i/yxBdcCRNVHZwMguRmlZBLG1K01kptROA+YgMUnc0J5WxbZeZsNgNWO3VrWywYAuU/ilFdU21hu
SIQqVP5y8mno1h7FR99pp3HMl9hqeNgbfRpeHHw4uDgYnQ/Pfj06HI6Gxx9OT46OL1yrdvp+dPTp
w3nbwtqnBz8Pz9x6Ha4QPRILF2f/Ofp08mHoeoGX8PAWkT/6dPAfo4OLi+Gn04tz16o9nr4fnZ9/
yh71nb2lhatq1f6XtbHc+O4mjvlfLQCe5//u295ur8z/e93eN/7/m/h/svDSQBFscjMaxwsaaFbx
JmQUhBPCuL0BEI7hEqyarmSBC1ata8E1MjhdJxWwG5jGUcDwN7lPiM9JAKIKNGpd2zL5XvDsOMyH
64lxBJ06XhT9kbGw+wzaJtCYozBKF5SGdALklqQPSgRxHEHCcfp+dPb5eHTw8aPbrQSsNG5Kxgsm
OuQx+DEdh5NFSoBPQybFHfUVcAtGUgg87ikUMBASESEWPQVwF/Ip1LpNuFnwfDp1BkIifDo4Pvpp
eH4BzHtgYKyClJsKyB0pg1Ii5hPSiVrYEsg46VoXpTQDD2R1aNR6thTW+DPxUg6TmDCIKXhjTlII
EUfkPuTQ/WFXjjWN49lICXY13KUkjFeCQE7fj345OfmnEMzffy9keQBSMp2dnFz0nWX71kvbUXjT
9qN4EazK7/ksCFNwEtVK9LXZ3loKOPxEjpMN0uLzxBLD+NN5HEDnbadTUTi/BWdcfp4DasxqHNKQ
TfXG6DEikBZK6uvYOE0B0+nB2QXuPS7ceelcTWFeGMWCwQBeKzR6WM9ZJE1gJL0NfQKE8vRB7pz3
HAfo/rBr4xfcAcdFVD49ldeUxoAYdEIacpgSQYMxpIQt5qS4pn3BApJAmZ+GCQdv4oV6iUVVSQ+W
Gh0ZcWXZ0gVtswfGyTxQn5kkAPnb55HqaQAkYiT7gVyEHCwIqaN+DAb4ZSuf9KsXTLtIrSGDBZWr
RgJJygKfsoYmZWSzMJsejkuY52vKFjSl2Ujs9BlRa2g+HJ21U+LHqSbXPuyXC9Y0aPlT4s/Y2na6
fJXwz4anJ2cXmvQROJ+5K/AkNyPZhbu+ZyVZS6SrKVHzqYL9/OLgYtgW9NrK5mwIYd/ja+utALcy
Wy+KrK90k2FsHSbXoBD7hp6hvwqE42BrkCdbfA2BGmYkYlE5dMWvOMXdU2i1BT6x2gsm5VvywKcx
3WkHIeNO4vkzb0KYlHqCZdu3JGVhTFvJw1d62GqzkJPnuxhAEG8o0ZGqTVuJYAlzrcFIAA6FOmv/
azT6dXh2fnRyPBqJTf2q0dq6sq1a+6rbTuq6tS0a36TEm20ABDElcv5MaAs5wzuOAqKIevDuZlA/
PgPXhS48QpKGlEOtB8u64PfT96PDI9Sy/VD8OP+AP1gAHw9xJz7EDpxbYNzjC7E2XUv8/MJiKhdK
8ocU5nWc+vvhz0fH6rQiV6gRggvdAYTwI/T23gwg3N62IU6DS4YAjRvWpm81IbSvwQUtpVLihwkB
F4bHvx6dnRxfWjjc4dHp0LoeQBpHK4UnH7FI6k6lwg9HPw/PL0SxH5aKDo/EYxaUHp9/sK4VLCjl
iqWChVX5Ev8dL6jPxQr83mBNAIgXvAm0CWET/CbcNHHbb8KXJsyaEM/sDEXxQvRtWQOg4EJE6IRP
G8yuRqALVOFPNwfwhRhZ3DCeipHDJnTtAdyAiyj2r2E7E/YohBq+IAfryrJsNbb417q6urKsrB7u
HEblq5XKVxWVb+BH2OkJlr9Bkuu9NVtlq311tdjs7N5bTbixqzvp9v5htvSLtfKpA2IVXNFq3xWb
N7KLwFOvt2PDO+hCXxX2ekbhzg+isJcX7nbywt1dUbgDfQNxAPEMXDncPmDlELblb7EqRkVcsi9y
yeKZqPkFqxCxOX7BtYOZWh5j3WBbEEfXxgUbICpmEhUCoTPYh+4PXVuC0VFEly+qHEiC50Jv/Rjd
0hgNXCqFHBzwTQdP5qpg560s2Ifu3g9mgcQYthAIMwp2sxa7O/YzEAsgDfIwSRgnso2UHMK2wvtS
Ln+BDhfj8TjISVEPssykCKq0gtpVC0XkJaZdUMJ8LyGrvPvXMmoVY15Zkrp+BCowFG5vD6p5PEeE
akoteAfWFbWgLwBfFtlmlZ9KWIoX3MDNY66INmo9scV6HOEBFzx+WetdSwKq7eHYbBYmCQkQdsYv
w2s8iOinNmqEskFVKY+5F4HjQrBIRamGTPI7jrm9TQdqYLFNZFWoNyeiiQu13gCmHpuqXzsDSKYe
04W7AwWXC7W9AfhxoEveDPSwLtTemtPeqwRzO6smYRgef8iwJXZKsTE15JYpUNMR0sSKZ2JVjMfi
pCEKslOjKLfGXhiRjKClxATr8YoCXFlyT7yy+rDJmupRHBUfCAVdmQ8Kz1FfGQmFpfBYHSaKzxDG
wiOhoo8EyvBpoJ4iOkaM+DENZP3Wzrh5Ra0m/N6QwNr4NY7kF2XWEF/9ED9YID8E2uymUjSaCtH7
qGkYC4IbsVgSy85wIwCJwjHxH3wDFQiCqG4XezFbiQM5gn1pFStFIRVrqM87jligPliFRc3XtLCk
61a0Yel6lm3ZYCktxdVf8t1Rzt0VqGSWwsQfEDJ6gptMrBHA45UlOEQhBq4swSH5L+SQ/Gdh6SvW
Ha6sYJF6QmaW131pNQVs+9AVOGji3C1cXMWh+F3xJ37X3KkoQH5TfNnULFlYGIApuJrHB0IiNtr/
YlOvt/em326CZTVhWpSpiuVdXCxbryx+5BjfZP1NlmFcgdvUAnfaxE2zZ2uYKpSWKpn27FhfGUhi
oySm86W91kyNhyNJwk1oUFRNcAsAUAtQRKDYR7RSczcNIwKNxoRwhDGCH0F2KBp1TKJiSRTyRtSE
+yZYYOUIEFv7/WX3Gs4/vz8fnsL95c51Af+vGjO8cyCE2mL3EF8uZ9coz/2B0E9IKpRUF2bGfsXJ
vdiroo0qnQq1qTdKlZIkcPkvuN4CRQGicQ6hL+YmR8wW4VHyfk7mOO0/jQt+b9xf9iRVZ3oFAmXL
sl1Rdn+5dy3+fbOyzCtz9dVcy6yNRNT4sspycs4St1+ur6slYE5FY8L9KcnJyP8qGc2fIaMx/Aiq
xzV0NF6lowqpxeJF6hui6daLFhJIuQK+F0XGT49zMk+48aRKPs23t8vSSZAvrkcP12MH/929litU
nHYFI17RJW42jflXkSZP3wJHUneoazTlNg/1wILMGJIZRixpEUiJz8r2VPMQbjxQ5jTss2BN7Wlr
KmNzG60JbC6racvujvhn1xpozVBZCdmOrL5TqgdW7XGv7yzNBvAaPBiHEZF3AFHsBSSAkPJY3kfQ
2zCN6ZxQnhsCGzjKYu6xGXTevlU2qgLIAOE8YAgGXioiDAo8wPFsNGs5TqFIDKBsVr8enJ23a12h
YtlrL1b9eBEFCLjEy62Xht5NhKbocRrPQcy6fHeqbk6Tm5GYrWHRZESbMxvZ5NAoJOmovsnq8s6l
CKFd2Zn4md8c3bq1RjZfo63R/X3xopXcehFYpwdn7w/+ORT1R7Wue1V7FJ1t3i+t/K61VEmNLyaQ
j+/dzdy6dzerSwsn2ot+g9wa9X0XnmCSkgSc32Hu3c2UsVo1tVSDkHKSej4Pb4mlTNU1WQWcWwjC
1M1mhxYosXUqvjkfHp8fXRz9OsSClAj8uFbtsdt3OkttlcoOeog9QUV4wKPzJoybEKFdhueSambI
N4o7h5BbOKhsZAivF+hkY3DFHMBqW0Dnl2G+RVbtwWMlNsX2GWltl11ub+MmFhk7W8xIY1y5fQh4
egqemYYHXkMUU9Q2x2HKeBNYDB6gYAU/ptwL8Y7OozGfkhRCBmKxSQB30zgi+e4sMGLOItuxQnDk
rrXvQleQoD4lX365tuFH/ZPbA/jiOGJWX8QpHzfnyy95h8ZzXpje0rQxgmKF1fOqpAJUyW1Vq6ja
1zrrNtuZttFkwOhz/8qiJWLGNCD3DdFrE6dgr+x5sGrjkNW7TUgEvmywfmSEslBQ/75lNFTAFlol
sF3Aqr1i+8jaiRGz7aa0e5kF43G0YFOFomV9Y7nx3be/v/BPnvj+Wg+Qr/l/9d50Sv4f3U73m//X
3+X/YXp5lN1ANoxb2EfDB2GzvbVsoz1CtlPXmUc/nbuQEi8AJ806gR+/1lbdy+UqyBUVSsij7qHv
0JiSpfVNGvzpf1F489/s/7nT2+us+n9+4/+/jf/nXjojqeD8jAP7fX362GT9fsaPp+9HFyf/HEo3
S6u2ZQ0A1XAyD/mIcZKMbsgkpLIr3TGgfcPBEnFkqfWgtrPaMp5VNotnz7RhszCpbCUKnmk39sKo
sp0oyNoBnjpLTVPC04fKtliytjEenCsmic/NWUJtF2p7FW2V7bayvSx7rg9pBy63Vm5f64COWblB
zGTlQrUbjxG5i5SrixJHOrjVuoU2yneh3EA9XgsRD/0VFIpnhUp3nkBadsdQri+KndxTqjSVGakm
Yml8z4l4tVkQU1LZShQUq8cxXzNKHPNslNU2lUOIJuYQKfGRVgscvclg5T/J1Wg86RUtKHvinzfi
n7dmr0hsf363mVVoTbfPdai68aPY15YA07npbHh4dD4cHX48OfynPIOLw6D2UnudO4+lC0pJ2ocx
uUPnSNaEuzjlU/AgSWOfMAbE86fae4gyt9YIPE5ge5NtHpuuLmjhkFUMoxE+yA1H9To8wdbxlp3b
i7bQkDQXHTdk7TZ05WZi25kxq2NakQxHWUPpWiQw0jqX9tUTc2gvEh7OScElyvDjElhkLipdi+T1
VmtZfuqz153soYRT1d5sbS1hC6GFbVCVBbrxIR4LScRIqW2GP1u1xYrjUNmpQuqTXB3FBZZfA4Wh
OQMHal1spdySAwucCYGO1Eaxro4AUI0C2MzHkkvz+FqULyGk4vyLdTsdtG/CYAA9/Sh7ojAvOlvk
3bZVty2sJ+eQzCajuUe9idxecy+xOV5hJ9yZEA4BHcPDYg5eMoP/ekgSkma+W+HYjMbAKc6tckSG
sYarOjS2KF6tS3MDEo5y4sqMhjJ8ITGOATx90CiMF9ytNeYzTuaJwJ40PfQzYFVtiRCxF25DV5kE
HrPJOjF8OJ1N+v2PsT/r9y/CORH9dnsdcH7HqARpqPv+e2kG7cA+TiJe8FbqW5n/Z+1dsWAAS3gC
Tgjop1bm6ecru6RZ397IHFulLdu3wKGSdND7EZ/y9MECJ+LQlc8VIrUN0SFQP8yss2J6gkrr+Pwz
RRstj8Hzf1+EqXTBDZLZRJaHDCuTAG4eMiuXEjX1fBKFxa3wfNUbZuBxT+y2kPWLIiN9COlEENse
01TAIkIS2NOXcDHlIV2QnCYgc1xWIBTwZhqZNeI0IUmaV06JOQklcxlNYHDDemM3jYEtkiROOQmy
yalWII+TDUVLTcE5TcE6TcE7TcU89jOBRJksTuZaFqvOtOnqw/D90cHx6Kezk+OL4fEHl8bUsAdn
Xstoky7VzW1+ryBiZRdO7eTuJbwdhYyz9tboVOGqmqNB8iIsEiEoDadp9Vx53IPzAI5DY0f9dlIi
ZAahgYzygaenzBj3WOxTOYP+gc4GmeVObUNCeD2JNbAlOSRzy+wLAVBVvWRmo5DzgkAO4nv+lBTq
qCVUn1iLOsYCZH3njVAcI+mF84CtxrD5izSqDGJbuWcRFQuRa7ip4hXL0acP50hXA4OoBvqKxRCS
N3Hw8H8rJcU2FwfE7XQ6WjqJOvGMUCHBBHgOOxe86fwHnH6+AMeZe/eO2NShB84vUP8Px7tjDvF7
zpxwT8gEB5s7nEeOuoPsw06nU4c8yCzyOGG87SVhGysXFAS7uLsoCE1oCjDEkgoEFixw7qC++Tjl
PMFWy7qA0VoHYx8ZU0GwAp2o64jKeKFUoW4VMKdYJWN3UZgrX71Ox4ZsQ0BYB6bQ009KGhfAbmfX
XqmYO2AUyUlAD1OPSZHmTyHx+BQaQgPQUUHAvQlrAlFbhTcRGmJeqvFjSDRTqpU0QXM3k/vWRPDW
Y6/voCQS8Iwuzo6G531np7NcFr34Yd281l5GFpkDPA56zaAReYzDLxcXp9rRSC9CYSpqIj1zyeTu
1C1sKfEdzRQooW+6tcfu5mZ/a1mIyYGtvlShJ6L89VZ/KZQ1/chQ3DKqWIhWUhO/fNVxfrjesiEM
wFnIG0xRw3px+CvGdsleg5gwRBG5DxmHWIXazD1/GlJSfVdbBd9kFT7t0f9fEr6JsrtOCCeUwySN
F0lWUgG5Vlysf2GdvgVtwv22bJfNbGVuslyC9NLJFaYnJ1gQ1saBDSku5qMw0JfM/gyfuDVVVCFH
mVAmDzXda2FeqyGYWQ/6Gluc/1BHrD77yO62D9cqyoUKUi7jGGIzImURuRAMPCEjL4oKvKXvxRGY
Z/SvKh7IR8uRNo2jgKRuvW7+lIjDZ8aZUJaVaolDoganHCfD0wUpL80lOErpk50UQ/W68BpuiFA3
79KQc0Lhy4JxoPFdfj4zBpfBo6r/1aC/VzALhQrRKQ5oQCnxsqCakKqQrKwDagpFcnOLGNIIWTk1
swfWnpGUkqidejSI523VXTXOpJ9LGGUacHZ/stPCqPOKCEdJ2+XLk8Q8Bqr4O/G4LLjLEtqjgj3F
IhB0QpEKbx8j7jHiFDlXLFQQpsTnsdgs1rBtdkoUqOlaOX9u6KOV0nskxWPsk7bRyH1ZnL7ebawc
tcjv+VELqepxVwbvG1PjXgrOfTIfS3OPcwjtUqdmmHCx56JhAxEvQXtpBwo0Ugp6FNQwZm1GopAu
7tuEjuPUJyqwytA6U8J4LJRn+sxx3ajk/CSJpPsSCOU5tThFJXRwks97EUlkiMMj4ySpMyQSBg0M
fURNSQ6U7dWZ7QajFTMyNkLgJBdurJ4MpSlH0UbOf0GYMrfWNUgncGtiKJTqzlqWCARLqEryCKDM
PoOMSFXvlhI6r4UexLVFqCqqWPdk+iVlYCQ3o5nbeR4evQIzpdTPDJU+Z1s5y7b4OlMSoCD7RRVp
Zws228u2ioT8ebiRRcIq04YOHRXiLh1nqgorzgDQKc+pGru6+gpSmWWwfgVWFZs8PcE4pIFs6MxD
GpCET6EL4lyQfSf3xAceCzXY8cU4j0vYVgYDQU1VpGHYcX8+/jz66ej4gwpU7RaIP1usP0I1q4iu
pqGvUBG8dPKC2KSbpMOh1dIoKC1COkeilFAaOqJmta9RYcNX1BYY8xKSCaFsfWV9GC5OHb8rWBW+
Wq26KBUQ2+tBLo1bRT5qz0aCVGv+3JqZNJ6v2KMeov9uaaxat9j9KM9GoKyukVBYcYuSLq5WGy39
7a2WAM4MmFXnINEgj5nNJawuWrGgdvLt37yMcIKv5smo2LW7L9yyjQ1by+MgTN1aIwhT6s2JRJ90
4SxKPVlT7ep8nrj6UbulAGvVaujLu6HsWo8lr1FxipZ2WFHLlpkX4jua+bxmZXlSBizqlYoMetNP
LXkDZu6X83Kl53c6iU2B+Wpcyd0JMyBou5FKG7G3B0rfMXIBLGh2ryZRNvfSmWsErdd2nNrj7msV
BLLMIu01PYn6VnnjLl5nG97MHSNUPU6DVT/nHyxQER7QUbXLmUpKOhpJXnAzB1btH2UtJDuTpr6R
/uJ52OIZKO09WKRykfOEBhpn+LyvaEjiR5k1MCbt+RHU9XX3h11jnCyLxFcaqzvzTKvKehiUtZhC
goj8EKRyZDyXrySbZRUltGQHzMqvHBp3PjiRkpiFOra05+ytpx70XcgnKpDSqWIPmfplB6Q3rRCN
WfqXPeDhnLABTMJbIWwWyXopo87bBh7291fBrjjdG+4IhXUxesrPhTrRhQpiW62r03SIZdY34/oC
XO5d+/sqDuHw5OyDPhEW+Vj25W6UMCrv4YsMs3IbyTtopZgz5YMuQz+Q5ZQCs5crD99/D6/MUwKX
11/PHBFKi3fnpTSkk37B6KKtjLo3NcAgW+p0QRkmPRGlIWdQe9xbMojCuUyCYugWBUO1nozUa9Wv
ksF6xtzORjlbi0R2MdWJqmzQ+ErFwqVcEW1/CGmQ1XFm0O3IzoR2Q6SA0zeMSjqWZJ1W+ozzYLe3
K8FYw0tiuAB9nGUKnZq+bsuOTvBHxld2oK9hVEUkUBWaI57Xj89gH2ieX2O3ifmkar0m1HaaUNtr
Qu0NLOuVvT4VwqgMbcyfMS4/u/KjJz925Meu/NjLaKdofJ+h2lVIX2BD2TEK1CS6lv7Wy77tZN92
s297RqhNLu9X/KX+37rNTOuZogdrTAU6LUqVNUGI4uuykRD9G5Qi07Hy50oWicO40/1ht9rG84wM
l8d4ZXYXe+hAaJEoAcwkT3n2Iy3Y1ViK9vJZKLaX3IhKwovnsnZzWt10n5+nWkvM21Q2U1TYroyL
6WxCq158ZXiyiRaaS2Nsr5jxpjzfkidjuWc1wWx1RynxWIxWr3/0HUpuSbq0zLxtqkLVDlVKQuZF
d94Ds4068omm4nA8Sgn6HwR2IZsXqUjCli5oW/bi6Ebl1TahKVXN0iQUvVYwxZyTEsa9FPfw8r0E
boortZz0WQFvwlFumwXgreT3kr5i2ottZS/3Z+ZmrjxptmUAJGyyfuaLphRJ3Upq2OLw3cZNAqPa
antWdjc5U6K9SDv+rJN1wbgbz3JDuT/zLcxUYmyd3JVskCX/kjNZ1ehVdcvoKlePrVqj7CO0a8FT
Mc1S/RFDl3Az6ZrBvlYTrKsrWsw7UuvYg2dCz8yEIbVOljGk0KmRb+SdSumj8obAsm6XlLjVRGZ6
mq/ckmG0fDREhNV2IB4r2dJ7Rrb4M79fFVyZjWeeIqfxXcGFcdtwXNRKp8xvgdVenk9PuoDiFXHB
pkCzfIgfP4w+H18cfVwxoJuXoy25QU7jKBgtqEpyl9+QFp63VCY4S99KFmw+2iJt8Hie/Ws9z+Z1
1H23MkuYBuay+M+aYPRrvBBKrbKUqE6+crjPpqVQV06pp1BPuF9CfbvWbWECmQ3Tq+7yMw359RV9
DRmMKpNjEsdRfnOPkohJJT2m0QPE4mmoMhBiDgJEcOuKHsY0CHkY01OPT4f3IePM1ZRTWF1Lpf8F
cVh+AfBtnTEkpI4ezo/pWG00En/BSBWxkqmsIo1dxThbrTuPctbe0hTzojZqwzCamba3j8rAppTc
y8zwHVWZzdUx9FGUv3691V5mZscnYHHKwVkYlEDJXXnCz3DSah7pMtLgaVVXXmSTUbft9z+Z/gSW
CoguzKIQY/Xcuoo+nlna6nsFk7clEEUTbonrsI72SpHuidoTrwl3njg/Ciop5i2NaSUnFH0DBSBG
gtj1mVNzRl5nMlLr3s22BmmBm5Io0CjBDaI8t+7aGTQw367m4JAhPCGd2PktVsqLl+/ZYhpUIp0D
1LpVij/sSDrA3Qjd48WCMEDvNOWsLnSkKUnJAOcURrpf3McKaU/NbUopSS+axqvqifxB0JLQnzFY
JGh30NmRMV3JGlBXjZiltAsyoNou5JgVT5w41UqgRqlhDDRrV9TR6V9L5PLYW8q4GpUylslogcI8
/q3DEjHx/18cAfiV+N+dve5OOf7vze7bb/F/f1P8n/nuhzxvNxotKt6kIKS5W8pH3MYucnm+3aqp
r0t4LVlHbg4gNoem1IYSkmIy07JpHEd49q4MR+uDF+EXYOGEepHYqsQmRIF4aRSSFFRG89z1X/Zs
r8k2LyrgKQy/pYS5hyfHF0fHn4c5XswTWZodyLIGB+8Pjj+cHBdmlGUQlnzWShfUMPgXtsBXeg/M
wpPkBHmMWxV6x3OlcKjN6Rn0aEks03mLfpTCLk3BoBOqvD85ucDd8/O5fMsFK4ROdLKLZTzbPtMq
s3BWTdleMXIaRrIMrWsWugj/i6xBuKTKUbKXW6CxI0ztbtxBirXLgtCNew0m3QczytFbqO4i30Un
+SXbJE2M94xwb8LaWqloe3es7y14zHwvCumkj36Vx96cVDk0T1Y9pyYSWb0XMEfJT7fwMoI6g/WQ
cG9ScnmvvP4pAfUqW0LDOTVNXsLGNP4KNCFdAV97RmPWGBpDlnMRPJlaB9/EME8iwslabs/eewOW
rovMUu6sqC6LlQ0DY4k1WE4Y2OWaKfMeXKvWy/tEwnFrXelT6yo8ZZ3ggzBE5yrlsGIgJpuTk/Xn
qAk7xiMxhIM3/zJJtiO6cFQfDg6si/UyyaOl4xiTkaUClkLncjyhaC0irr3N9At6Tt+PDj5fnJwf
Hnw8Ov45e6NNfpwynXAch9AgiUPKnUUaSblR1drKtGr94pp1NOUokqop1D+nUq/wybM0YPS51tzw
b6n/MTb/737/19vOm72V/A97O9/0v79J/8sy7pmZ1DLRiNvH+fknoat5c8JJWnIdNMyA6vUEL46Z
0PUbeTR+ndkVMVjGu8XE5kXZndDvHjjBc7z48kzQn3pFgdJKGJtvgHYsk46OMlF00bHJsDvIKkXZ
LpWwzDWQwI7Y6fTNeW5f5+r/1Qh25S3BgvadR5XGxabhmMNOftfkLzg44x4Uqup3KbzC/KW1zvX2
dh2y2+DAzSZVf5TZ3jDXW0h5o3F8JpN8taGevxzs/cHF4S99p9tZWnUbrBamlrOUgR72YQzLemHy
hmPmT8OLw19G//vo4mJ4Nvp0LkPs1bV9psXGlEA8Bg9uFinjfWBJtqiY+w0wfWamc7q1RhyAc0DB
Od4Fhy92AelpId3v4Ql4Ck4Adahnbgh3ykchhU1orMIlfRZs40LPkvXvjLjt/F6ksxPUQVfQ8eJ2
4Z0f+aWRYB/TCURZUG+kBVUuRXtLYtV0rhDtbjyZ6PJRNNiUdZYWfJ9TwJ0X8oIf14u6R18iee4p
dI0h1KauWTrS+G43H7p4kV2+WdG86/hQ3wjnGBD7hcW0CTFrAntgG7deykZBmDZBkC244mHLSye3
l93rZv6jd70h43pdeFxuiOmhlwrNa+z0r+VrW1DjjxNCG5gVn1A/DkI6ca0FHzv/sGzwGIz7hVSA
QrVCuFqYem9styaEN6zTXJg14fLa7hueBCBvGi6TS0vooNb1NbiQXFq/etGCWNcbqUxcnAMjprcK
TRNImsYpcy22SNN44nEi8+8W4BQwYoq8kJqgi+VqSpErdNxF6uv0za2U8TRMGtYVteyWTAZpXXGr
Cb1Ctmlsi4qN6BmzaBXmiMTeeEGW0U0mzwObrI/7gHI2yrYD2GSW4DoJsoRVgW430ZXVFSvJeEDS
1C7AgJjsFh4VbNeIIEEYMWvJZWetxOPT1pc4pI2cvsTQtiC81snot7OT44//CU/y1+HZ8OBC/7g4
+3x82IRO/KbTyQGR68ha4wCHGAdNsO6sqvWk5E6sgGvJFbwtIvS2he6mDUU8Yv7X9oaYujijNlLf
3qiDkTm0KNMNVhbUWmRILXWMu2MpdfT1sZCfZpID2ZFOQ1z1Ip5HoNvbA/DwBQIdWMoXB+SXsgFs
BhbmJfXUG3rMZC3A2LzsrqinYmv3eoRqE7aWhQevt2Bp3kfv769kHF6RPSvXuqWJkjQV238hOkz7
Cxu7fOVBVsnTW8EmtYbccLvFxbFNsa0y4IomRT1Ie4KXxpR3B1rW5yoW1QYD5BAMePhK8Iug8ur4
F1FSDF8QnaqNPD9JikWbEO7kmhw4jiB/JyB++pCog2S84MlCCnNw8KDIdDyCcc4TmsMfP9+ZrVZ9
KQk1crtsQzbOh+HBh49Hx8O+0/1HZ2lmi6lwWqQ6gU7JUVFbsopZj/NDpTL1IObE3MVGmT8haZq7
c5RMWAX7R+4IZszNJOg506HZcsYKc6/0dWE4hDqfpjHn0VPqcQLk3kdt+InHMbybe/QB3qXk9wVh
nD2pL+jKmVVUF1sL6t16YSSk+BPmUKBeBO/QlJjCO9ydsufyl3kappT4/El9hjF9QifHd/AuXnD9
SjCNmYJrTo6B3PXK9xKZLyjTOQ//efLTT6P3B+dD1Bv3Op0l/PgjyJXbh24H3ol/+rikqLVmIVUS
6V5igRMRsFY6PTw4xT4xe9LScD8VQDxf+c9TQuV4puJ5CQZti+q2jbllSoRgdETEsUpmTPozlFcl
oXILJy0Qvd4urEIdv1BHxvR9S5v5P+ZPRkD99faft6t2n6LNp2T/2el+B3vf7D9/0/p3ug4LOfmL
LIFfy/+829strX+v86b7zf73d/y9ln6Q3T4IAtho5dd3MjOwtfEaLqYkvztMF1SoyvhCF/xCCTp3
TkkUybMU6oCkKY5IHsjnSRrfhiyMKUnrDEKKJ94gJqy58Royl9+QQrsp/pUv5h7H6dzjrY2G1mCJ
qSP7AbSVAunWtReY+ZKIIJ57IV1asI+eVPKnSpXBpvGd3t6y11Con/bG/3/yv9OTOZj+GgHwVf7f
Led/7vV2v9n//07+7/UBCeDfVQBwwjg6cpaEAE5qaVkv4vvcPw7qdBLS+7r2FfufKxLwPdt/8QXg
V/h/t7e3ov/tdTvf+P9vuv/LfROSgmsoZ9LLgXvphPCRfC1m8epPh/jxLLXxb146J0F/y5ZHSPRn
Uk6Y9bp6KHMYGL6ZBW+p/P3vRvSRbJh5i+O7Do2+BjAOy2E+JtjmpIyAePTfMPwr2rKN4e0gX6Fa
yvOUdVMMjcdnWXQ8PEHXLuUQrHYyLbnqvACeyqx7+gbUDFJBkJQNErOih1T7rheyb/TNVFOibsXS
r88KmWHgjplxnkf0XDlYP+Har+ZTzMIrC4nPpEHnt4Oji9HR8cXw7NeDj31nb1l0JZf0sRrVYUbc
lyewv0JfLUrudPqJNYUVNFlggcR0ePPjNFhp0lLPK2u38jfqVTXKQp1kgtPy6r08eKE68KXUcrO9
tcwTMpj1ipEoypufREHBK/4SHAZrnfGrvElFDbfWUIEaz7RFc1v9ita1wW0lUFSpEJjWSkdn8KnH
8QZVBckWHP77MlG5GGgTkLrUVQC79fEyQBWatmWtHkjr/q1vZc7ka24CxuvnpJJtI1sWVzW5GSVx
HGUXOisEWJJHfbuQ2ljGX5jS+Ey5gj7pB7+ENySlHieBbYjh1VwDc/TQxQkN8lz5+EzmFBCiuRA3
oSOfYpjERqDTSjpVxfoYZrASSBY4Qsl8cVIEGhfaTUmKebcFZqviPDSS7AHqstq5X8kctyuEaqHJ
ei9Ic1jHWdCQu6uhOeA4AZFZZsKYuvVC/u4coeVR69opL4Fz7tHAS4MTvJlxv8SLlHrRth9TFkfE
rDFM0zhdreAwwgm9dfM5lh9lotZdJ36hfRPSNpvqaJE16SkMkimgGuOPKpCDdPQ8Jr6ZnL/9ffv7
9vft78//+z8BAAD//5lplSMAmAAA
PARBAKE_BUNDLE_END
  tar -xzf "$PB_DIR/bundle.tar.gz" -C "$PB_DIR"
  export PB_DIR PB_VARS
  . "$PB_DIR/boot.sh"
  pb_hook_install "$0"
  PB_PHASES="fetch run"
  # A warm pool: this start runs the warm part (the instance warms), the service part (it goes
  # in service after a warm-up), or both (a direct launch). The waiter of a Running or
  # Hibernated pool (PB_WAIT=1) first waits for service entry.
  PB_STATE='/var/lib/parbake/boot'
  export PB_STATE
  if PB_PART=$(. "$PB_DIR/lib.sh" && . "$PB_DIR/warm.sh" && { [ "${PB_WAIT:-0}" != 1 ] || pb_wait_in_service; } && pb_lifecycle_part); then
    echo "parbake: lifecycle: this start runs the $PB_PART part" | tee -a "$PB_LOG"
  else
    # Which part to run is unknown: running none, and failing, beats starting a warming
    # instance's services.
    echo "parbake: lifecycle: IMDS did not say this instance's target lifecycle state, so no part runs" | tee -a "$PB_LOG" >&2
    PB_PART=unknown PB_PHASES= PB_STATUS=1
  fi
  export PB_PART
  for PB_PHASE in $PB_PHASES; do
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
