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
H4sIAAAAAAAC/+x9/XfbNrJof/ZfMWHkSIxFfdlOtlLpXMdRW79NbB/bafce26tDk5DEiAJZAvLH
2vrf38EAIEGKctz32u7Ze+PTRhLxNRgMZgaDmaF3y1ps+t2f+tfpdDpvdnbws9PplD87b9++zb7j
825ne+fNd9D57i/4WzDupd91On/EJM3J/Yf8Jdcj75aNUuIF9w0bHjYA/Hg+92gAzg14twz22gG5
adNFFEFv71UXHh+xFgDxpzFYiZdeezPSBz4lsP/rGRx8PISQASUkIAHwGGrdARYmkUchpIx7UcQg
5BBSYJwkYhQ/Ci3Ye9XDjlPCFymFbu/tBsByA+ACnH+BVXvY//VsdDr86fD4qO8s5c8Pwx/3P388
zx9bcCVAVH10NgCS61FKJmFM3VojuR6F84AJWHwyJ5S3ZZGdt9kAWO3YrWW9bACQuyROeUW1jeWG
RKhC5c/Hn4Zu7UF89J12Gsd8ia2GB73Rp+H5/of98/3R2fD0l8OD4Wh49OHk+PDo3LVqJ+9Hh58+
nLUtrH2y/9Pw1K3X4RLRI7Fwfvrfo0/HH4auF3gJD28Q+aNP+/8Y7Z+fDz+dnJ+5Vu3h5P3o7OxT
9qjv7C4tXFWr9l/WxnLju+s45n82A3h6/3ff9nZ65f2/2+192/9/0f6fLLw0UASbXI/G8YIGeqt4
EzIKwglh3N4ACMdwAVZNV7LABavWteAKNzhdxxWwG5jGUcDwN7lLiM9JAKIKNGpd2zL3vdiz4zAf
rifGEXTqeFH0e8bC7jNom0BjjswoXVAa0gmQG5LeKxbEcQQJx8n70enno9H+x49utxKw0rgpGS+Y
6JDH4Md0HE4WKQE+DZlkd9RXwC0YSSHwuKdQwEBwRIRY9BTAbcinUOs24XrB8+nUGQiO8Gn/6PDH
4dk5MO+egbEKkm8qILclD0qJmE9IJ2phSyDjpGtd5NIMPJDVoVHr2ZJZ48/ESzlMYsIgpuCNOUkh
RByRu5BD9/sdOdY0jmcjxdjVcBeSMF4IAjl5P/r5+PjvgjG/eiV4eQCSM50eH5/3nWX7xkvbUXjd
9qN4Eazy7/ksCFNwEtVK9LXZfr0UcPiJHCcbpMXniSWG8afzOIDO206nonB+A864/DwH1JjVOKQh
m2rB6DEikBZK6uvYOE0B08n+6TnKHhduvXSupjAvjGLBYAAvFRo9rOcskiYwkt6EPgFCeXovJecd
xwG63+/Y+AUl4LiIysfH8prSGBCDTkhDDlMiaDCGlLDFnBTXtC+2gCRQ5qdhwsGbeKFeYlFV0oOl
RseNuLJs6YK22T3jZB6oz4wTgPzt80j1NAASMZL9wF2EO1gQUkf9GAzwy+t80i+eMe0itYYMFlSu
GgkkKQt8yhqalHGbhdn0cFzCPF9TtqApvY2EpM+IWkPz4fC0nRI/TjW59mGvXLCmQcufEn/G1rbT
5auEfzo8OT4916SPwPnMXYEnuR7JLtz1PSvOWiJdTYl6nyrYz873z4dtQa+tbM4GE/Y9vrbeCnAr
s/WiyPpKNxnG1mFyDQqxb+gZ+qtAOA62BnmyxdcQqGFGIhaVQ1f8ilOUnkKrLewTq71gkr8l93wa
0+12EDLuJJ4/8yaESa4ntmz7hqQsjGkruf9KD6/bLOTk6S4GEMQbinWkSmgrFixhrjUYCcChUGft
f45GvwxPzw6Pj0YjIdQvG63Xl7ZVa19220ldt7ZF4+uUeLMNgCCmRM6fCW0h3/COo4Aooh682xnU
j07BdaELD5CkIeVQ68GyLvb7yfvRwSFq2X4ofpx9wB8sgI8HKIkPsAPnBhj3+EKsTdcSP7+wmMqF
kvtDMvM6Tv398KfDI3VakSvUCMGF7gBC+AF6u28GEG5t2RCnwQVDgMYNa9O3mhDaV+CC5lIp8cOE
gAvDo18OT4+PLiwc7uDwZGhdDSCNo5XC449YJHWnUuGHw5+GZ+ei2A9LRQeH4jELSo/PPlhXChbk
csVSsYVV+RL/HS+oz8UK/NZgTQCIF7wJtAlhE/wmXDdR7DfhSxNmTYhndoaieCH6tqwBUHAhInTC
pw1mVyPQBarwp5sD+IKNLK4ZT8XIYRO69gCuwUUU+1ewlTF7ZEINX5CDdWlZthpb/GtdXl5aVlYP
JYdR+XKl8mVF5Wv4AbZ7YstfI8n13pqtstW+vFxsdnburCZc29WddHt/M1v6xVr51AGxCq5otecK
4Y3bReCp19u24R10oa8Kez2jcPt7UdjLC3c6eeHOjijchr6BOIB4Bq4cbg+wcghb8rdYFaMiLtkX
uWTxTNT8glWIEI5fcO1gppbHWDfYEsTRtXHBBoiKmUSFQOgM9qD7fdeWYHQU0eWLKgeS4LnQWz9G
tzRGA5dKIQcHfNPBk7kq2H4rC/agu/u9WSAxhi0EwoyCnazFzrb9BMQCSIM8TBLGiWwhJYewpfC+
lMtfoMPFeDwOclLUgywzLoIqraB21UIReWnTLihhvpeQ1b37527Uqo15aUnq+gGowFC4tTWo3uM5
IlRTasE7sC6pBX0B+LK4bVb3UwlL8YIbuHnIFdFGrSdErMcRHnDB4xe13pUkoNoujs1mYZKQAGFn
/CK8woOIfmqjRigbVJXymHsROC4Ei1SUasjkfscxt7boQA0sxERWhXpzIpq4UOsNYOqxqfq1PYBk
6jFduDNQcLlQ2x2AHwe65M1AD+tC7a057d1KMLeyahKG4dGHDFtCUgrB1JAiU6CmI7iJFc/EqhiP
xUlDFGSnRlFujb0wIhlBS44J1sMlBbi0pEy8tPqwyZrqURwVHwgFXZkPCs9RXxkJhaXwWB0mis8Q
xsIjoaKPBMrwaaCeIjpGjPgxDWT91va4eUmtJvzWkMDa+DWO5Bdl1hBf/RA/WCA/BNrsplI0mgrR
e6hpGAuCglgsiWVnuBGAROGY+Pe+gQoEQVS3i72YrcSBHMG+sIqVopCKNdTnHUcsUB+swqLma1pY
0nUr2rB0Pcu2bLCUluLqL7l0lHN3BSqZpTDxO5iMnuAmE2sE8HBpiR2iEAOXltgh+S/cIfnPwtJX
rDtcWsEi9QTPLK/70moK2PagK3DQxLlbuLhqh+J3tT/xu96digLkN7Uvm3pLFhYGYAqu3uMDwREb
7X+yqdfbfdNvN8GymjAt8lS15V1cLFuvLH7kGN9k/U2WYVyB29QMd9pEodmzNUwVSksVT3tyrK8M
JLFRYtP50l7pTY2HI0nCTWhQVE1QBACoBSgiUMgRrdTcTsOIQKMxIRxhjOAHkB2KRh2TqFgShbwR
NeGuCRZYOQKEaL+76F7B2ef3Z8MTuLvYvirg/0VjhncOhFBbSA/x5WJ2hfzcHwj9hKRCSXVhZsgr
Tu6ErIo2qnQq1KbeKFVKksDFP+HqNSgKEI1zCH0xNzlitggPcu/nZI7T/sN2wW+Nu4uepOpMr0Cg
bFm2I8ruLnavxL9vVpZ5Za6+mmt5ayMRNb6sbjk5Z4nbL1dX1Rwwp6Ix4f6U5GTkf5WM5k+Q0Rh+
ANXjGjoar9JRBddi8SL1DdZ040ULCaRcAd+LIuOnxzmZJ9x4UsWf5ltbZe4kyBfXo4frsY3/7lzJ
FSpOu2IjXtIlCpvG/KtIk6dvgSOpO9Q1mnKbh3pgQWYMyQwjlrQIpMRnZXuqeQg3HihzGvZZsKb2
tDWVsbmN1gQ2l9W0ZXdb/LNjDbRmqKyEbFtW3y7VA6v2sNt3lmYDeAkejMOIyDuAKPYCEkBIeSzv
I+hNmMZ0TijPDYENHGUx99gMOm/fKhtVAWSAcB4wBAMvFREGBR7geDaatRynUCQGUDarX/ZPz9q1
rlCx7LUXq368iAIEXOLlxktD7zpCU/Q4jecgZl2+O1U3p8n1SMzWsGgyos2ZjWxyaBSSdFTfZHV5
51KE0K7sTPzMb45u3Fojm6/R1uj+rnjRSm68CKyT/dP3+38fivqjWte9rD2IzjbvllZ+11qqpMYX
E8jH925nbt27ndWlhRPtRb9Cbo161YVHmKQkAec3mHu3M2WsVk0t1SCknKSez8MbYilTdU1WAecG
gjB1s9mhBUqITrVvzoZHZ4fnh78MsSAlAj+uVXvo9p3OUlulsoMeYk9QER7w6LwJ4yZEaJfhOaea
GfyNouQQfAsHlY0M5vUMnWwMrpgDWG0L6PwizEVklQweK7YpxGektV12sbWFQiwyJFvMSGNcKT4E
PD0Fz0zDAy8hiilqm+MwZbwJLAYPkLGCH1PuhXhH59GYT0kKIQOx2CSA22kckVw6C4yYs8gkVgiO
lFp7LnQFCepT8sWXKxt+0D+5PYAvjiNm9UWc8lE4X3zJOzSe88L0lqaNEdRWWD2vSipAldxWtYqq
fa2zTtjOtI0mA0af+1cWLREzpgG5a4hemzgFe0XmwaqNQ1bvNiER+LLB+oERykJB/XuW0VABW2iV
wFYBq/aK7SNrJ0bMxE1JepkF43G0YFOFomV9Y7nx3be/P/FPnvj+XA+Qr/l/9d50Sv4f3U73m//X
X+X/YXp5lN1ANoxb2AfDB2Gz/XrZRnuEbKeuMw9/PHMhJV4ATpp1Aj98ra26l8tVkEsqlJAH3UPf
oTElS+sbN/jD/6Lw+t/s/7ndeftm1f+zt/Nt//9F+3/upTOSip2f7cB+X58+Nlm/n+3Hk/ej8+O/
D6WbpVV7bQ0A1XAyD/mIcZKMrskkpLIr3TGgfcPBEnFkqfWgtr3aMp5VNotnT7RhszCpbCUKnmg3
9sKosp0oyNoBnjpLTVPC0/vKtliytjEenCsmic/NWUJtB2q7FW2V7bayvSx7qg9pBy63Vm5f64CO
WblBzGTlQrVrjxEpRcrVRYkjHdxq3UIb5btQbqAer4WIh/4KCsWzQqVbTyAtu2Mo1xfFTu4pVZrK
jFQTsTS+50S82iyIKalsJQqK1eOYrxkljnk2ymqbyiFEE3MIP4p9fSo2HX1OhweHZ8PRwcfjg7/L
86g4GGmPrZe5I1W6oJSkfRiTW3QUZE24jVM+BQ+SNPYJY0A8f6o9aShza43A4wS2Ntnmken2gad9
WcUwoOCD3IhSr8MjvD56bee2k9doVJmLjhuydhu6krHadmbY6ZgWFcNp1FBAFgmMtP6h/dbEHNqL
hIdzUnAPMnyaBBaZiwrIInn5urUsP/XZy072UMKpam+2Xi/hNUILW6AqC3TjQzwikYiRUtsMf7Zq
ixXHobLZhNQnuWqGCyy/BgpDcwYO1LrYSrnoBhY4EwIdqZlhXe0NrxoFsJmPJZfm4aUoX0JIxVkQ
63Y6aOuDwQB6+lH2RGFedLbIu22rbltYT84hmU1Gc496Eylqco+pOV7nJtyZEA4BHcP9Yg5eMoN/
3ScJSTM/pnBsRibgFOdWOTrBWMNVfRJbFK+Z5dEbCUc5NGUGNOnKnxgqMU/vNQrjBXdrjfmMk3ki
sCeP4f0MWFVbIkTIhS3oquPxQzZZJ4YPJ7NJv/8x9mf9/nk4J6Lfbq8Dzm/ooS+NVq9eSZNgB/Zw
EvGCt1Lfynwha++KBQNYwiNwQkA/tTKvN1/Z6Mz69kbm5Cntur4FDpWkg56A+JSn9xY4EYeufK4Q
qe1pDoH6QWapFNMTVFrH558p2it5DJ7/2yJMpTtqkMwmsjxkWJkEcH2fWXwUq6nnkygsboUXqBYe
gcc9IXkg6xdZRnof0okgtl2mqYBFhCSwqy+kYspDuiA5TUDmxKtAKODNNLhqxGlCkjSvHPRyEkrm
0rPe2A3rDb80BrZIkjjlJMgmp1qBPFo1FC01xc5piq3TFHunqTaP/URQTcaLk7nmxaozbcb5MHx/
uH80+vH0+Oh8ePTBpTE1bKOZBy/aZ0t1c/vXC4hY2Z1RO3x7CW9HIeOs/Xp0onBVvaNB7kVYJIJR
Gg7E6rnyPgfnHhyHxo767aRE8AxCAxnxAo+PmWHqodincoz8HZ0NMiuWEkOCeT2KNbAlOSRzy+wL
AVBVvWRmI5PzgkAO4nv+lBTqqCVUn1iLOsYCZH3njZAdI+mF84CtxnP5izSqDOhauXMQFQtRXChU
8brh8NOHM6SrgUFUA33dYDDJ6zi4/3/lkkLMxQFxO52O5k6iTjwjVHAwAZ7DzsTedP4BJ5/PwXHm
3p0jhDr0wPkZ6v9wvFvmEL/nzAn3BE9wsLnDeeSo+7g+bHc6dcgDriKPE8bbXhK2sXJBQbCL0kVB
aEJTgCGWVCCwYIFzC/XNhynnCbZa1gWM1joY+7gxFQQr0Im6jqiMlysV6lYBc2qrZNtdFObKV6/T
sSETCAjrwGR6+klJ4wLY6ezYKxVzZ4QiOQnoYeoxydL8KSQen0JDaAA6Qga4N2FNIEpUeBOhIeal
Gj8GRzO5WkkTNKWZlFsTsbceen0HOZGAZ3R+ejg86zvbneWy6NEO6+a19mKuuDnA46DXDBqRxzj8
fH5+op1u9CIUpqIm0jOXTEqnbkGkxLc0U6CEvunWHrqbm/3Xy0J8CrzuSxV6Ispfvu4vhbKmHxmK
W0YVC9FKauIXLzrO91evbQgDcBbyNk/UsJ4dCopxTrLXICYMUUTuQsYhVmEnc8+fhpRU31tWwTdZ
hU97t/9LwjdRNsgJ4YRymKTxIslKKiDXiov1T6zTt6BNuN+W7bKZrcxNlkuQnju5wvTkBAvM2jiw
IcXFfBQG+sLVn+ETt6aKKvgoE8rkgaZ7zcxrNQQz60Ff6YrzH+qI1Wcf2d3WwVpFuVBB8mUcQwgj
UmaRC7GBJ2TkRVFhb+k7YgTmCf2rag/ko+VIm8ZRQFK3Xjd/SsThM+NMKMtKtcQhUYNTjhnh6YKU
l+YCHKX0yU6KYWtdeAnXRKibt2nIOaHwZcE40Pg2P58Zg8tAStX/agDcC5iFQoXoFAc0oJR4WVBN
SFVIVtYBNYUiublFDGmErJya2T1rz0hKSdROPRrE87bqrhpn0ucjjDINOLtL2G5hBHZFtJ+k7fJF
QmIeA1UsmnhcZtxlDu1RsT3FIhB0yJAKbx+jzzH6EneuWKggTInPYyEs1mzb7JQoUNO18v25oY9W
Su+RFI9xQD3lmSLlsjh9vdtYOWqR3/KjFlLVw44MZDemxr0UnLtkPpZOLs4BtEudmiGzxZ6Lhg1E
vATtuR0o0EgpAFBQw5i1GYlCurhrEzqOU5+oICND60wJ47FQnukTx3WjkvOjJJLucyCU59TiFBXT
wUk+7VEjkSEOj4yTpM6QSBg0MAwQNSU5UCarM9sNRu5lZGyEg8lduLF6MpSmHEUb+f4LwpS5ta5B
OoFbE0MhV3fWbolAbAlVSR4BlNlnkBGp6t1STOel0IO4tghVRdjqnkwfnQyM5Ho0cztPw6NXYKaU
+pmh0ufbVs6yLb7OFAco8H5RRdrZgs32sq2iAn8abmRRocq0ocMoBbtLx5mqwoozAHRQc6rGrq6+
glRmGVu/Aqtqmzw+wjikgWzozEMakIRPoQviXJB9J3fEBx4LNdjxxTgPS9hSBgNBTVWkYdhxfzr6
PPrx8OiDCtrsFog/W6zfQzWriK6moa9QETx38oLYpMugw6HV0igoLUI6R6KUUBo6ot5qX6PChq+o
LTDmJTgTQtn6yvowXJw6flewKny1WnVRKiC214NcGreKfJTMRoJUa/7Umpk0nq/Ygx6i/25prFq3
2P0oj8xXVtdIKKwooqS7p9VGS3/7dUsAZwaPqnOQaJDHj+YcVhetWFA7ufg3LyOc4Ks5IyqkdveZ
ItsQ2JofB2Hq1hpBmFJvTiT6pDtjkevJmkqq83ni6kftlgKsVauhX+uGsms9lDwoxSla2mFFLVtm
IYhvaeb/mZXlCQqwqFcqMuhNP7XkbZApL+flSk9LOolNgflqXEnphNkAtN1IpVDY3QWl7xhx8QuK
96E5r5p76cw1Arhr207tYeelCohYZlHnmp5EfassuItXu4Znb8cI247TYNXn93sLVLQDdFTtctaO
ko5Gsv57xa52xT9vxD9vxT9/K2sh2Zk09Y1UEE/DFs9Aae/BIpWLnAf3a5zh876iIYkfZdbA+Kyn
R1BXud3vd4xxsowKX2ms7o8zrSrrYVDWYgrJEvJDkMoX8VTujmyWVZTQkh0wK79yaNz64ESKYxbq
2NKes7ueevAeP5+oQEqnanvINCjbID1LBWvMUqHsAg/nhA1gEt4IZrNI1nMZdd428LC3twp2xene
uJovrIvRU34u1EkfVEDXal2dskIsc8GdY5PByn/ySuy/JKgynP349IM+JRb3tuzf3ShhWd5TFzfR
yg0l76DlYs6Uj7YMjcBtqJSa3VyhePUKXpgnBy6vxJ44NpQW9NZLaUgn/YIhRlsedW9qgEG2/OmC
MkwKIkpDzqD2sLtkEIVzmSTE0DcKxms9Ganrql8lI/aMuZ2NcjYTiexiKhBV2aD7lYqFi7oi2n4X
0iCr48yg25GdCY2HSKanbx0VxyzxP60IGmfEbm9HgrFmf4nhAvQBlilmavoKLjtOwe8ZX9mGvoZR
5bFPVeiKeF4/OoU9oHn+iZ0m5luq9ZpQ225CbbcJtTewrFf2+lgIMzI0NH/GuPzsyo+e/NiWHzvy
YzejnaJBfoaqWCG834ay4xCoSXQt/a2XfdvOvu1k33aNUJRcBqz4E/3/dZuZ2zPlD9aYD3TakCoL
g2DPV2XDIfo8KOWmY+XPFS8SB3Sn+/1Otd3nCb4uj/bKFC/k6kBolsgBzCRIeXYgzezVWIr28lmo
bS93IyoOz57LWoG1KoifnqdaS8xrVDZdVNizjMvqbEKrXm5leLKJFppLA22vmBGmPN+Sp1+5ZzXB
bHVHKfFYjJawv/UdSm5IurTMvGaqQpWEKiXp8qJb757ZRh35RFNxOB6lBH0SAruQ7YpUJClLF7Qt
e3F0o/Jqm9CUqmZpBIqeLJiCzUkJ416Kcr18V4FCcaWWkz7J4E04ym2zALWV/FfSf0ywh0pvI39m
CnOlXGzJAEHYZP1MrVDKpW4ltW5xIG+jkMCor9quld1XzhRrL9KOP+tkXTDuxrPceO7PfAszeRii
k7tyGxQ8ydcpPiXFX/VgGb3nWrRVa5RdiXYseCxmJqo/YLQPypeuGR9rNcG6vKTFVB21jj14IlrL
zLFR62RJNgqdGik63qksOCrVBizrdkmvW839paf5wi3ZT8snSFzc2jbEY8Vuek+wG3/m96viEbPx
zMPmNL4tqKlbxupoPVSmhMBqz09BJ70m8Sa5YHqgWQrBjx9Gn4/ODz+u2NnNO9SWlJkLGnK31s1v
UNWDls6Xll9XruZsU4AS7pcARQuk6KmFeUpKLmsXn2nIry7pS8gWQqUMTOI4yq/FcUszqe3GNLqH
WDwNVao7DHZHGFuX9CCmQcjDmJ54fDq8CxlnrsZ3ASeWyjMr/vZ+xzTaOkVFSB09rB/TcdG6qm34
BgfMc4et52h5HeUhoAw5pkm+LByzJhg7Gy+Eyq9sS6qTr5hDpnEUGAkt12d6zJuuO9arI2I325fS
SjIlUaCRhbuzNIdaF249cSIRvKKYKbKB+UE1IYQM4QnpxM5vGlJevCCVALx6ZZ7Q5QWuWtRKhGNH
0knpWsiCZ6M+QA8i5VAsZNaUpGSAcwoj3S8ykUKaRpNHKKH1rGm8qJ7I7wQtCf0Zg0WC50CdzRXT
K6wBddXQVAoTlwGgdiEnpnjixKkWyhqlhsHGrF1RR6erLJHLQ28p4wBUiksmPboL8yiEUWHi7z85
Augr8X/bu93tcvzPm5233+J//qL4HzP3e563Fw9lFZnUhZbvlvKRtrGLnD9utWrq6xJeSlKU0guE
9GpKIZWQFJMZls2BOMKT9wM4Wh+8CL8ACyfUi4RCElO8H/DSKCQpqIzGubuz7Nlek21aVEAtE7+l
hLkHx0fnh0efhzleTI0zzRTOrMH++/2jD8dHhRllGUTlPmulC2oYOQsi5YWWKVlIhpwgj5H1o0cw
V8YHxeyfQI/mbDKdr+hHiVxp6gKdUOH98fE5SqPPZzLLPSu4i3eyyzTU3Z9olVlwqqZsrxhxDCNA
htY1C12E/1mnXVxS5RzWyy1s2BGmdjbuXcTaZUGohi2XSZepjHK0SNJd5FJpkl8sTNLEeM8A9yas
rYV027tlfW/BY+Z7UUgnffQlO/LmpMqJc7LqLTKRyOo9Y3OUfBMLycjrDNZDwr1Jyc230uRdAupF
toSGQ16aPGcb0/gr0IR0BXztDYpZI2gMWc418GRqDczEPk8iwsna3Z699wIsXRc3S7mzov4qVjYM
jCXWYDlhYJdrpsy7d61aL+8TCUecJnCOrsJT1gk+CEN0KFGX9AZisjk5WX+OmrBjPBJDOHjbKZPk
OqILR/Xh4MC6WC+T1Pgdx5iMLBWwFDqX4wnFZRFx7WGjX9Bx8n60//n8+Oxg/+Ph0U/ZGy3y13KY
jgeOQ2iQxCHlziKNJN+oam1lWqp+ccU6mnIUSdUU6p9SUVf2yZM0YPS59sDwHxn/zdj83/3+n7ed
3vbq+392v+l/f5H+l2XcMjMpZawRxcfZ2Sehq3lzwklacpcyDvIqPfmz/cR1/UYejVtndkXcifFu
ISG8KLsV+t09J3guFl+eCHRSKcqVVsLYfAO0M4107pKJYovOHMY5XlYp8naphGXuUAS2haTTN4O5
sZCr/1dtjuqGmAXtW48qjYtNwzGH7dyW7i84OOMeFKrqXOovMH9hrXO1tVWH7LYrcLNJ1R9ktifM
9RRS3mgcncokP22o5y8Her9/fvBz3+l2llbdBquFqaUsZW2EPRjDsl6YvOGM9uPw/ODn0f85PD8f
no4+ncmwYnUtmWmxMSUQj8GD60XKeB9Yki0q5n4CTJ+X6ZxurREH4OxTcI52wOGLHUB6WkiXY3gE
noITQB3q2TXrrbqDTWETGqtwyTtZ27iwsGT9WyNWNTfydraDOugKOkbWLuT8z43iYvuYl9zKwepa
elfJpWi/llg1L49Fu2tPJrp7EA02ZZ2lBa9yCrj1Ql7wXXlW9+g/Ic89ha4xbNTUNUtHGt/t5kMX
L+rKZmK9dx0f6hvhHIMAv7CYNiFmTWD3bOPGS9koCNMmCLIFVzxseenk5qJ71cx/9K42ZCyjCw/L
DTE9vIWneY3t/pV8bQNq/HFCaAOzYhPqx0FIJ6614GPnb5YNHoNxv5AKTKhWCFcLU2+N7daE8IZ1
kjOzJlxc2X3jphSkrfAiubCEDmpdXYELyYX1ixctiHW1kcrEpTkwYnqr0DSBpGmcMtdiizSNJx4n
Mv9mAU4BI6bICqkJuliupmS5QsddpL5O39pKGU/DpGFdUstuyWRw1iW3mtArZJvFtqjYiJ4xi05h
jkjsjWdkGdxk8jywyfooB5QzRSYOYJNZYtdJkCWsCnS7ie57rlhJxgOSpnYBBsRkt/Co4AeMCBKE
EbOWXHbWSjw+bX2JQ9rI6UsMbQvCax2Pfj09Pvr43/Aofx2cDvfP9Y/z089HB03oxG86nRwQuY6s
NQ5wiHHQBOvWqlpPSm7FCriWXMGbIkJvWuhi11DEI+Z/ZW+IqYszaiP17Y06GJkDizzd2MqCWosb
UnMd425Mch3BkvRrMeT7TPSdVf0B6NbWADzMEN6BpcwMnl0hMTaHzUD/xzBv6I0XMUxFKM5VxGeC
74tnbskZSwNtF8DWSU+1gbuQQ9SMVSlzlpUbqMxgIzsmaSqEe6mPFRleeUxV3PJGbIJaQ4rTbhH1
tsmUVX5L0aSo5Wjf1tKY0tKuOXmuQFFtDkD6Rxfur7jzCxqu9ugXJUWHbNGpEtP5OVGs6IRwJ9fT
wHEEcTsB8dP7RB0T4wVPFpJVg4PHQKY9rI1TnNALfv/pzWy16glGqJGtYguycT4M9z98PDwa9p3u
3zpLM/9FhcsV1SlBSm5W2k5VzGmaHxmVIQcxJ+YuSDJ/QtI0v4wuGagK1o3cjcWYm0nQc6aDTeWM
FeZe6HDDcAh1Pk1jzqPH1OMEyJ2Puu4jj2N4N/foPbxLyW8Lwjh7VF/QES2rqK6BFtS78cJI8OhH
jAqnXgTv0FCYwjuUPdlz+cs861JKfP6oPsOYPqKL1jt4Fy+4fuGPxkzBsSDHQO444nuJzICSaZQH
fz/+8cfR+/2zIWqFu53OEn74AeTK7UG3A+/EP31cUtRJsyARiXQvscCJCFgrnR7sn2CfmA9maTjP
CSCervzHqZhyPFOtvACDtkV128ZsGSVCMDoi4tAkc8D8Eaqp4lC5/ZIWiF6zZ6tQxy/UkVFK35Li
/S/6k1Eff7795+2q3ado8ynZf7a738HuN/vPX7T+na7DQk7+JEvg1/K/7vR2Suvf67zpfrP//RV/
L6VTV7cPggA2Wvn1ncwMam28hPMpye8O0wUVyjS+0AG/UIKealMSRfIshVoiaYojkgfyeZLGNyEL
Y0rSOoOQ4ok3iAlrbryEzKUxpNBuin/li3nHcTr3eGujoXVcYmrRfgBtpWK6dSXQHswk8UE890K6
tGAP3ZbkT5UegE3jWy0AszT06qe98b+P/3d6Mu/Mn8MAvrr/d8r5X3u9ne1v+/8v3P+9PiAB/Kcy
AE4YR//OEhPASS0t61n7Pvc3gzqdhPSurn2v/ueyBHzP7r/1/f+dnd5uZ/X9/51v+/8vuv/LfROS
gqslZ9LLgXvphPCRfC1e8epPhzDxLJ3rr146J0H/tS0PmejPpJwa63X1UMZtG76OBW+p/P3PRnSF
bKgsH+pl4kZfAxiH5TAGE2xzUkYQMPpvGP4VbdnG8HaQr1As5bbJuimGA+OzLCIYHqFrl/KmVTtt
llx1ngFPZaYxfQNqetwjSMpKiVmRQzpSSCxkHOib6XVE3YqlX58JL8PALTPj2A7pmXJYfsS1X80h
l3nNF5I9SZPPr/uH56PDo/Ph6S/7H/vO7rKYWlPSh5rEmijj8gT2VuirRcmtDrlfU1hBk4UtkKy+
5HzN29Araxdfbr723ecqqWN59Z6IaVgfiG049Jda4rvlsyB0s14xQEB5x5MoKHiZX4DDYK1ze5U3
qajh1hosTjk4iyfaokGufknr2iS3EginVAhM5aOaAZ96HG9QVRBgwYG+L5Mzi4E2AalLXRawGx+v
C1ShaX3W6oG0/9/4VuacveauYLx+TirBMG7L4qom16MkjqMsU+8KAZbfaW8X0rnKABGTG58qV9BH
/eDn8Jqk1OMksA02vBpLPZevGxcTGuT5wfGZjJkWrLkQh6ADUmKYxEb8yUoKSbX10W1/JRQkcISS
+eygbxoX2k1JirmGBWar4iY0kuwB6rLaWV7xHLcrmGqhyXovSHNYx8G4oNUgGHCcgMjMGmFM3Xoh
Z3GO0PKode2Ul8AZ92jgpcEx3t24X+JFSr1oy48piyNi1himaZyuVnAY4YTeuPkcy48yVuuuY7/Q
vg5pm0119MWa8HuDZAqoFsiBCuQgHT2NiW9G6W9/3/6+/X37++P//m8AAAD//92L3xkAlAAA
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
