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
H4sIAAAAAAAC/+x9a3fbOLJgf/avqDByJMaiXraTaanpXMdRd3snsX1sp/veY3t0aBKSGFEgmwD9
GFv/fQ8KAAlSkp3enc7s3RudxBLxLBQKVYVCoejdshab/vCXfjqdTufNzg5+dzqd6nfn7du3+W9M
73a2d978AJ0fvsEnY9xLf+h0/hWDNAf33+STXI+8WzZKiRfcN2x42ADw4/ncowE4N+DdMthrB+Sm
TbMogt7eqy48PmIpAOJPY7ASL732ZqQPfEpg//czOPh4CCEDSkhAAuAx1LoDzEwij0JIGfeiiEHI
IaTAOElEL34UWrD3qocNp4RnKYVu7+0GwGID4AKcf4JVe9j//Wx0Ovzl8Pio7yzk44fhz/ufP54X
yRZcCRBVG50NgOR6lJJJGFO31kiuR+E8YAIWn8wJ5W2ZZRd1NgCWG3ZreSsbAOQuiVO+otjGYkMi
VKHy1+NPQ7f2IL76TjuNY77AWsOD3ujT8Hz/w/75/uhsePrb4cFwNDz6cHJ8eHTuWrWT96PDTx/O
2haWPtn/ZXjq1utwieiRWDg//a/Rp+MPQ9cLvISHN4j80af9/xztn58PP52cn7lW7eHk/ejs7FOe
1Hd2FxbOqlX7D2tjsfHDdRzzv5oBPL3+u297O73q+t/t9r6v/2+0/ieZlwaKYJPr0TjOaKCXijch
oyCcEMbtDYBwDBdg1XQhC1ywal0LrnCB03VcAZuBaRwFDJ/JXUJ8TgIQRaBR69qWue7Fmh2HRXc9
0Y+gU8eLoj/TFzafQ9sEGnNkRmlGaUgnQG5Ieq9YEMceJBwn70enn49G+x8/ut2VgFX6Tck4Y6JB
HoMf03E4yVICfBoyye6or4DLGEkh8LinUMBAcESEWLQUwG3Ip1DrNuE648Vw6gwER/i0f3T48/Ds
HJh3z8CYBck3FZDbkgelRIwnpBM1sRWQcdC1LnJpBh7I4tCo9WzJrPEx8VIOk5gwiCl4Y05SCBFH
5C7k0P1xR/Y1jePZSDF21d2FJIwXgkBO3o9+PT7+u2DMr14JXh6A5Eynx8fnfWfRvvHSdhRet/0o
zoJl/j2fBWEKTqJqibY2268XAg4/kf3knbT4PLFEN/50HgfQedvprMic34AzrqYXgBqjGoc0ZFMt
GD1GBNJCSX0dG4cpYDrZPz1H2ePCrZfO1RDmpV4sGAzgpUKjh+WcLGkCI+lN6BMglKf3UnLeceyg
++OOjT9QAo7LqHx8rM4pjQEx6IQ05DAlggZjSAnL5qQ8p32xBCSBMj8NEw7exAv1FIuikh4s1Tsu
xKVpSzPaZveMk3mgvnNOAPLZ55FqaQAkYiR/wFWEK1gQUkc9DAb443Ux6BdfMewytYYMMipnjQSS
lAU+ZQlNyrjMwnx42C9hnq8pW9CUXkZC0udEraH5cHjaTokfp5pc+7BXzVhToeVPiT9ja+vp/GXC
Px2eHJ+ea9JH4HzmLsGTXI9kE+76lhVnrZCupkS9ThXsZ+f758O2oNdWPmaDCfseX1tuCbil0XpR
ZD3TTI6xdZhcg0JsG3qG/ioQjp2tQZ6s8RwCNcxIxKJw6IqnOEXpKbTa0jqx2hmT/C2559OYbreD
kHEn8fyZNyFMcj2xZNs3JGVhTFvJ/TMtvG6zkJOnmxhAEG8o1pEqoa1YsIS51mAkAIdCnbX/MRr9
Njw9Ozw+Go2EUL9stF5f2latfdltJ3Vd2xaVr1PizTYAgpgSOX4mtIViwTuOAqKMevBuZ1A/OgXX
hS48QJKGlEOtB4u6WO8n70cHh6hl+6F4OPuADyyAjwcoiQ+wAecGGPd4Juama4nHLyymcqLk+pDM
vI5Dfz/85fBI7VbkDDVCcKE7gBB+gt7umwGEW1s2xGlwwRCgccPa9K0mhPYVuKC5VEr8MCHgwvDo
t8PT46MLC7s7ODwZWlcDSONoKfP4I2ZJ3amS+eHwl+HZucj2w0rWwaFIZkEl+eyDdaVgQS5XzhVL
WOUv8O84oz4XM/BHgzUBIM54E2gTwib4TbhuothvwpcmzJoQz+wcRXEm2rasAVBwISJ0wqcNZq9G
oAtU4U9XB/AFG8muGU9Fz2ETuvYArsFFFPtXsJUze2RCDV+Qg3VpWbbqW/y1Li8vLSsvh5LDKHy5
VPhyReFr+Am2e2LJXyPJ9d6atfLZvrzMNjs7d1YTru3VjXR7fzNr+uVSxdABsQquqLXnCuGNy0Xg
qdfbtuEddKGvMns9I3P7R5HZKzJ3OkXmzo7I3Ia+gTiAeAau7G4PsHAIW/JZzIpREKfsi5yyeCZK
fsEiRAjHLzh3MFPTY8wbbAni6No4YQNExUyiQiB0BnvQ/bFrSzA6iuiKSZUdSfBc6K3vo1vpo4FT
pZCDHb7p4M5cZWy/lRl70N390cyQGMMaAmFGxk5eY2fbfgJiAaRBHiYJ40C2kJJD2FJ4X8jpL9Fh
Nh6Pg4IUdSeLnIugSiuoXdVQRF5ZtBklzPcSsrx2/9qFumphXlqSun4CKjAUbm0NVq/xAhGqKrXg
HViX1IK+AHxRXjbL66mCpTjjBm4eCkW0UesJEetxhAdc8PhFrXclCai2i32zWZgkJEDYGb8Ir3Aj
olNt1AhlhVW5POZeBI4LQZaKXA2ZXO/Y59YWHaiOhZjIi1BvTkQVF2q9AUw9NlVP2wNIph7TmTsD
BZcLtd0B+HGgc94MdLcu1N6aw95dCeZWXkzCMDz6kGNLSEohmBpSZArUdAQ3seKZmBUjWew0REa+
axT51tgLI5ITtOSYYD1cUoBLS8rES6sPm6ypkuKonCAUdGU+KKWjvjISCkspWW0mymkIYylJqOgj
gTJMDVQqomPEiB/TQJZvbY+bl9Rqwh8NCayNP+NI/lBmDfHTD/GLBfJLoM1uKkWjqRC9h5qGMSEo
iMWUWHaOGwFIFI6Jf+8bqEAQRHG73IpZS2zIEewLq1woCqmYQ73fccQE9cEqTWoxp6UpXTejDUuX
s2zLBktpKa7+UUhHOXZXoJJZChN/gsnoAW4yMUcAD5eWWCEKMXBpiRVSPOEKKR5LU79i3uHSCrLU
EzyzOu8Lqylg24OuwEETx27h5KoVir/V+sTfenUqCpC/1Lps6iVZmhiAKbh6jQ8ER2y0/8GmXm/3
Tb/dBMtqwrTMU9WSd3GybD2z+FVgfJP1N1mOcQVuUzPcaROFZs/WMK1QWlbxtCf7eqYjiY0Kmy6m
9kovatwcSRJuQoOiaoIiAEBNQBmBQo5opeZ2GkYEGo0J4QhjBD+BbFBU6phExZIo5I2oCXdNsMAq
ECBE+91F9wrOPr8/G57A3cX2VQn/LxozPHMghNpCeogfF7Mr5Of+QOgnJBVKqgszQ15xcidkVbSx
SqdCbeqNUqUkCVz8A65eg6IAUbmA0Bdjkz3mk/Ag135B5jjsf9kq+KNxd9GTVJ3rFQiULfN2RN7d
xe6V+PtmaZqXxuqrsVaXNhJR48vykpNjlrj9cnW1mgMWVDQm3J+Sgoz8Z8lo/gQZjeEnUC2uoaPx
Mh2t4FoszlLfYE03XpRJIOUM+F4UGY8e52SecCNlFX+ab21VuZMgX5yPHs7HNv7duZIzVB72ioV4
SRcobBrzZ5Emd98CR1J3qGs0FTYPlWBBbgzJDSOWtAikxGdVe6q5CTcSlDkN2yxZU3vamsrY3EZr
ApvLYtqyuy3+7FgDrRkqKyHblsW3K+XAqj3s9p2FWQFeggfjMCLyDCCKvYAEEFIey/MIehOmMZ0T
ygtDYAN7yeYem0Hn7VtloyqBDBDOA4Zg4KEiwqDAA+zPRrOW45SyRAfKZvXb/ulZu9YVKpa99mDV
j7MoQMAlXm68NPSuIzRFj9N4DmLU1bNTdXKaXI/EaA2LJiPanNnIB4dGIUlH9U1Wl2cuZQjtlY2J
x+Lk6MatNfLxGnWN5u/KB63kxovAOtk/fb//96EoP6p13cvag2hs825hFWetlUKqfzGAon/vdubW
vdtZXVo40V70OxTWqFddeIRJShJw/oC5dztTxmpV1VIVQspJ6vk8vCGWMlXXZBFwbiAIUzcfHVqg
hOhU6+ZseHR2eH742xAzUiLw41q1h27f6Sy0VSrf6CH2BBXhBo/OmzBuQoR2GV5wqpnB3yhKDsG3
sFNZyWBeX6GTjcEVYwCrbQGdX4SFiFwlg8eKbQrxGWltl11sbaEQiwzJFjPSGK8UHwKenoJnpuGB
lxDFFLXNcZgy3gQWgwfIWMGPKfdCPKPzaMynJIWQgZhsEsDtNI5IIZ0FRsxR5BIrBEdKrT0XuoIE
9S754suVDT/pR24P4IvjiFF9Ebt8FM4XX4oGjXReGt7CtDGCWgrL+1VJBaiS26pUWbWvddYJ25m2
0eTA6H3/0qQlYsQ0IHcN0WoTh2AvyTxYtnHI4t0mJAJfNlg/MUJZKKh/zzIqKmBLtRLYKmHVXrJ9
5PVEj7m4qUgvM2M8jjI2VSha1DcWGz98//yFH7nj+2s9QJ7z/+q96VT8P7qd7nf/r2/l/2F6eVTd
QDaMU9gHwwdhs/160UZ7hKynjjMPfz5zISVeAE6aNwI/PVdXncsVKsglFUrIg26h79CYkoX1nRv8
yz9ReP1v9v/c7rzd2V3y/+x1vq//b7T+5146I6lY+fkK7Pf17mOT9fv5ejx5Pzo//vtQullatdfW
AFANJ/OQjxgnyeiaTEIqm9INA9o3HMwRW5ZaD2rbyzXj2cpq8eyJOmwWJitriYwn6o29MFpZT2Tk
9QB3nZWqKeHp/cq6mLO2Mm6cVwwS081RQm0Harsr6irb7cr6Mu+pNqQduFpbuX2tAzpm1Qoxk4VL
xa49RqQUqRYXOY50cKt1S3WU70K1gkpeCxEP/SUUirRSoVtPIC0/Y6iWF9lO4SlVGcqMrCZiaXwv
iHi5WhBTsrKWyCgXj2O+ppc45nkvy3VWdiGqmF34UezrXbHp6HM6PDg8G44OPh4f/F3uR8XGSHts
vSwcqdKMUpL2YUxu0VGQNeE2TvkUPEjS2CeMAfH8qfakocytNQKPE9jaZJtHptsH7vZlEcOAggmF
EaVeh0d4ffTaLmwnr9GoMhcNN2TpNnQlY7Xt3LDTMS0qhtOooYBkCYy0/qH91sQY2lnCwzkpuQcZ
Pk0Ci8xFBSRLXr5uLaqpPnvZyRMlnKr0Zuv1Al4jtLAFqrBANybiFolEjFTq5vizVV0sOA6VzSak
PilUM5xg+TNQGJozcKDWxVrKRTewwJkQ6EjNDMtqb3hVKYDNoi85NQ8vRf4CQir2gli200FbHwwG
0NNJeYrCvGgsK5ptq2ZbWE6OIZlNRnOPehMpagqPqTke5ybcmRAOAR3DfTYHL5nBP++ThKS5H1M4
Nm8m4BDnVvV2gjGHy/ok1igfM8utNxKOcmjKDWjSlT8xVGKe3msUxhl3a435jJN5IrAnt+H9HFhV
WiJEyIUt6Krt8UM+WCeGDyezSb//MfZn/f55OCei3W6vA84f6KEvjVavXkmTYAf2cBBxxlupb+W+
kLV35YwBLOAROCGgU63c681XNjqzvL2RO3lKu65vgUMl6aAnIKby9N4CJ+LQlekKkdqe5hCoH+SW
SjE8QaV1TP9M0V7JY/D8P7Iwle6oQTKbyPyQYWESwPV9bvFRrKZeDKI0uSu8QLXwCDzuCckDebvI
MtL7kE4Ese0yTQUsIiSBXX0gFVMe0owUNAG5E68CoYQ30+CqEacJSdK8ctArSCiZS896YzWsN/zS
GFiWJHHKSZAPTtUCubVqKFpqipXTFEunKdZOUy0e+4lLNTkvTuaaF6vGtBnnw/D94f7R6OfT46Pz
4dEHl8bUsI3mHrxon62ULexfLyBiVXdG7fDtJbwdhYyz9uvRicLV6hUNci1ClghGaTgQq3TlfQ7O
PTgOjR317KRE8AxCA3njBR4fc8PUQ7lN5Rj5Jxob5FYsJYYE83oUc2BLckjmltkWAqCKesnMRibn
BYHsxPf8KSmVUVOovrEUdYwJyNsuKiE7RtIL5wFbvs/lZ2m08kLX0pmDKFi6xYVCFY8bDj99OEO6
GhhENdDHDQaTvI6D+/9TLinEXBwQt9PpaO4kysQzQgUHE+A57EysTec/4eTzOTjO3LtzhFCHHji/
Qv0/He+WOcTvOXPCPcETHKzucB456jyuD9udTh2KC1eRxwnjbS8J21i4pCDYZemiIDShKcEQSyoQ
WLDAuYX65sOU8wRrLeoCRmsdjH1cmAqCJehEWUcUxsOVFepWCXNqqeTLXWQWylev07EhFwgI68Bk
ejqlonEB7HR27KWChTNCmZwE9DD1mGRp/hQSj0+hITQAfUMGuDdhTSBKVHgToSEWuRo/BkczuVpF
EzSlmZRbE7G2Hnp9Z1sovlelmVwzirXHcOWlAB4HPUPQiDzG4dfz8xPtYqNRXgLcOKXLJ0jKom5J
gMS3NFeXhHbp1h66m5v914vSbRR43ZcK80Tkv3zdXwjVTCcZalpOA5moJfXuixcd58er1zaEATiZ
PLsTJayvvviJt5pkq0FMGKKI3IWMQ6wumcw9fxpSsvqUchV8k2X4tC/7PyV8E2VxnBBOKIdJGmdJ
nrMCcq2mWP/AMn0L2oT7bVkvH9nS2GS+BOlrB1eZ3kWVNRvbM6S4mI/CQB+v+jNMcWsqawXXZEJ1
PNBUrll3rYZg5i3oA1yx20ONcPVORza3dbBWLS4VkFwY+xCih1QZYiaW64SMvCgqrS19IozAPKFt
rVoDRW8F0qZxFJDUrdfNR4k4TDN2gDKvUkpsCTU41RsiPM1IdWouwFEqnmykfEmtCy/hmgjl8jYN
OScUvmSMA41vi92Y0bm8NqnaX77u9gJmoVAYOuUODSglXjKqCWkVkpUtQA2hTG5uGUMaIUt7ZHbP
2jOSUhK1U48G8bytmluNM+nhEUa5vpufHGy38L71irt9krarxwaJuelTN89EcpVxVzm0R8XyFJNA
0P1Cqrd9vGuOdy1x5YqJCsKU+DwWouEpriyoUKCmaxXrc0NvpJSWIykeb/30lB+KlMJir/VuY2lj
Rf4oNlZIVQ878tq6MTTupeDcJfOxdGlxDqBdadS8IFtuuWzGQMRL0L62AQUaqVz3E9QwZm1GopBm
d21Cx3HqE3WlyNAxU8J4LFRl+sTm3Cjk/CyJpPs1EMpdaXmIiungIJ/2n5HIEFtFxklSZ0gkDBp4
6Q/1ItlRLqtzSw3e08vJ2Lj8JVfhxvI+UBpuFG0U6y8IU+bWugbpBG5NdIVc3Vm7JAKxJFQhqfAr
I88gJ1LVuqWYzkuh9XBt/1l1n1a3ZHrk5GAk16OZ23kaHj0DM6XCzwwFvli2cpRt8XOmOECJ94si
0qoWbLYXbXUH8JfhRn4HVBky9KVJwe7Sca6qsPIIAN3RnFV9ry6+hFRmGUt/BVbVMnl8hHFIA1nR
mYc0IAmfQhfELiD/Te6IDzwWSq/ji34eFrClzAOCmlaRhmG1/eXo8+jnw6MP6opmt0T8+WT9GapZ
RvRqGnqGiuBrBy+ITToIOhxaLY2CyiSkcyRKCaWhI+ql9hwVNnxFbYExLsGZEMrWM/PDcHLq+FvB
qvDVatVFroDYXg9ypd9V5KNkNhKkmvOn5syk8WLGHnQX/XcLY9a65eZHxT18ZWONhMKKIko6d1pt
tOu3X7cEcOZVUbUPEhWK26IFh9VZS/bSTiH+zaMHJ3g2QsQKqd39SpFtCGzNj4MwdWuNIEypNycS
fdJ5scz1ZEkl1fk8cXVSu6UAa9Vq6MW6oaxYDxV/SbFnllZXUcqWMQfiW5p7e+Z5RTgCzOpVsgx6
06mWPPsx5eW8WuhpSSexKTC/GldSOuHdf20lUgETdndB6TvGLfiM4ulnwavmXjpzjevatW2n9rDz
Ul1/WOR3zDU9ifJWVXCXD3INP96OcUk7ToNlD98fLVB3G6CjSldjdFR0NJK33ys3tSv+vBF/3oo/
f6tqIfmeNPWNwA9PwxbPQGnvQZbKSS6u8mucYXpf0ZDEjzJi4G2sp3tQB7fdH3eMfvL4Cc9UVqfF
uVaVtzCoajGl0AjFJkhFh3gqUkc+ylWU0JINMKs4YGjc+uBEimOWytjSerO7nnrw1L4YqEBKZ9Xy
kEFPtkH6kQrWmAc+2QUezgkbwCS8EcwmS9ZzGbXfNvCwt7cM9ordvXEQX5oXo6ViX6hDPKjrW8tl
dYAKMc0l541NBkv/5AHYf0hQ5eX149MPepdYXtuyfXejgmV5Kl1eREvnkbyDlos5Ux7Z8iIELkOl
1OwWCsWrV/DC3DlweQD2xLahMqG3XkpDOumXDDHazqhbUx0M8ulPM8owBIjIDTmD2sPugkEUzmVI
EEPfKJmq9WCkrqueKibrGXM7G9XYJRLZ5cAfqrBB90sFS8dyZbT9KaRBXsaZQbcjGxMaD5FMT58x
Ko5Z4X9aETT2iN3ejgRjzfoS3QXo8SsDytT0gVu+nYI/07+yDT2HUeWfT9VFFZFePzqFPaBFtImd
JkZXqvWaUNtuQm23CbU3sKivbPWxdKnI0ND8GePyuyu/evJrW37tyK/dnHbK5vcZqmKly/w2VN2E
QA2ia+lfvfzXdv5rJ/+1a1w8KWTAkvfQ/12zuXE9V/5gjflABwlZZWEQ7PmqajhEDwel3HSsIl3x
IrFBd7o/7qy2+zzB1+XWXpnihVwdCM0SOYAZ8qiIBaSZvepL0V4xCrXs5WpExeGrx7JWYC0L4qfH
qeYSoxhVTRcr7FnG0XQ+oGWftio8+UBL1aWBtleO/1Idb8Wvr9qyGmA+u6OUeCxGS9jf+g4lNyRd
WGYUM1VglYSqhOTyolvvntlGGZmiqTgcj1KCHgiBXYptRVaEJEsz2patOLpSdbZNaCpF86ABZb8V
DLjmpIRxL0W5Xj2rQKG4VMpJn2TwJhzVuvl1tKVoV9JbTLCHlb5F/swU5kq52JLXAWGT9XO1QimX
upbUusWGvI1CAu941Xat/HRyplh7mXb8WSdvgnE3nhXGc3/mWxi3wxCd3JXLoOQ3vk7xqSj+qgXL
aL3Qoq1ao+o4tGPBYzkOUf0B7/agfOmat2GtJliXl7QcmKPWsQdP3M0yI2rUOnlIjVKjRkCOdyrm
jQqsAYu6XdHrliN96WG+cCv20+oOEie3tg3xWLGb3hPsxp/5/VW3D/P+zM3mNL4tqalbxuxoPVQG
gMBiXx9wTvpI4rlxyfRA84CBHz+MPh+dH35csrObZ6gtKTMzGnK31i1OUFVCS0dHK44rlyO0KUAJ
9yuAogVStNTCqCQVB7WLzzTkV5f0JeQToQIEJnEcFYfguKSZ1HZjGt1DLFJDFdgOr7YjjK1LehDT
IORhTE88Ph3ehYwzV+O7hBNLRZUVn70/MYy2DkgRUkd368d0XLauahu+wQGLSGHrOVpRRvkDKEOO
aZKvCse8Ct6UjTOh8ivbkmrkGXPINI4CI3zl+riORdV123q1Rezm61JaSaYkCjSycHVWxlDrwq0n
diSCV5TjQjYwGqgmhJAhPCGd2MVJQ8rLB6QSgFevzB26PMBVk7oS4diQdEm6FrLgq1EfoL+Qch8W
MmtKUjLAMYWRbheZSCkoo8kjlND6qmG8WD2QPwlaEvozBlmC+0AduxWDKawBddnQVLkULq972qUI
mCLFiVMtlDVKDYONWXpFGR2cskIuD72F9PpXAS2Z9N8ujeOZS1MY+PsvvgH0zP2/7V536f7Pm+/x
37/Z/R8z9nsRtxe3aSsiqQu9363EI21jEwXH3GrV1M8FvJTEKeUZCHnWlGIrISkGM6waCLGHJ08M
sLc+eBH+ABZOqBcJFSWmeGLgpVFIUlARjQt3Z9myvSbatCiAeif+SglzD46Pzg+PPg8LvJg6aJqr
oHmF/ff7Rx+Oj0ojyiOIynXWSjNqmD1LQuaFljL5lQw5QB6jMECPYK7MEYr9P4EezetkOF/RjhLC
0vgFOqDC++Pjc5RPn89klHtWchfv5MdrqM0/USu36awasr1k1jHMAjla10x0Gf6v2v/ilCp3sV5h
c8OGMLSzcRIj5i6/hGpYd5l0osopRwsp3UShbaIwmqSJ8YYB7k1YWwvstnfL+l7GY+Z7UUgnffQr
O/LmBLaXHDgNJ7c0+ZqFQGNY3z730JmuFI28znJ/Soy7QGPIo5aBJ4NTYCzzeRIRTtaul/zNEWDp
skhu1cbKOqHAUBgYqNJgOWFgV0umzLt3rVqvaBNRLzR0HKOr8JQ3gglhiE4a6uDbQEw+Jidvz1ED
dowk0YWDJ4gyzKwjmnBUGw52rLP1NEkt2nGMwchcAUupcdmfUAayiGuvFf2Ki5P3o/3P58dnB/sf
D49+yd8JUbzYwjzMdxxCgyQOKXeyNJIrb1VtK9f89Ksf1tGUo0iqplD/lNqnihaHjk/SgNHmWiX8
+3Xsb/5hbP7vfv/P205ve/n9P7vf9b9vpP/lEbfMSEo5Y8dzj7OzT0JX8+aEk7TiQGVs7VV48q/2
HNflG8Vt3DqzV9w7Md4tVGfgUXYr9Lt7TnCnLH48cdFJhShXWglj8w3Q7jXS3UsGii27dxg7e1mk
LJmkEpY7SAkxflWcFRbmQ67+L1sh1ZkxC9q3HlUaF5uGYw7bhXXdzzg44x6UiupY6i8wfmGtc7W1
VYf8/Ctw80HVH2S0J4z1FFLeaBydyiA/bagXLwd6v39+8Gvf6XYWVt0Gq4WhpSxlf4Q9GMOiXhq8
4Z728/D84NfR/zo8Px+ejj6dyWvF6qAy12JjSiAegwfXWcp4H1iSTyrGfgIMn5frnG6tEQfg7FNw
jnbA4dkOID1l0gkZHoGn4ARQh3p+8HqrTmVT2ITGMlzylNY2jjAsWf7WuKtamH0720EddAF9R9Yu
xfwvzORi+ZjH3srl6lr6W8mpaL+WWDWPk0W9a08GunsQFTZlmYUFrwoKuPVCXvJm+arm0aNC7ntK
TeO1UVPfrGxpfLdbdF0+uqsajvXadXyob4RzvAT4hcW0CTFrArtnGzdeykZBmDZBkC24IrHlpZOb
i+5Vs3joXW3Iu4wuPCw2xPDwXJ4WJbb7V/K1DajxxwmhDYyKTagfByGduFbGx87fLBs8BuN+KRSY
UAwRrhaG3hrbrQnhDeukYGZNuLiy+8bZKUjr4UVyYQkN2rq6AheSC+s3L8qIdbWRysClBTBieMvQ
NIGkaZwy12JZmsYTjxMZf7MEp4ARQ2SF1ARdTFdTslyhoWepr8O3tlLG0zBpWJfUslsyGJx1ya0m
9ErRZrEuqmWiZYyiUxojEnvjK6IMbjJ512mT9VEOKPeKXBzAJrPEqpMgS1gV6HYTHfpcMZOMByRN
7RIMiMluKankGYwIEoQRs5acdtZKPD5tfYlD2ijoS3RtC8JrHY9+Pz0++vhf8CifDk6H++f64fz0
89FBEzrxm06nAETOI2uNA+xiHDTBurVWzSclt2IGXEvO4E0ZoTctdLprKOIR47+yN8TQxR61kfr2
Rh2MyIFlnm4sZUGt5QWpuY5xWia5jmBJ+rUY8n0m+hSr/gB0a2sAHkYI78BCRgbPD5UYm8NmoP8x
jBt640UMQxGKXSHxmeD7Is2tuGdpoO0S2DroqTZ5l2KImrdXqpxl6UwqN9jIhkmaCuFeaWNJhq/0
1VLc8kYsglpDitNuGfW2yZRVfEtRpazlaG/XSp/S9q45eaFAUe15iPSPTt3POPgLGl7t4y9yyi7a
olElpotdrpjRCeFOoaeB4wjidgLip/eJ2uTGGU8yyarBwU0s0z7Xxh5U6AV/fu9p1lr2DSPUiFax
BXk/H4b7Hz4eHg37TvdvnYUZ/2KFExbVIUEqjlfaTlWOaVpseJUhBzEnxi5IskghaVocT1cMVDmF
4rtEcscWY2wmQc+ZvmwqR6ww90JfQAyHUOfTNOY8ekw9ToDc+ajrPvI4hndzj97Du5T8kRHG2aP6
ga5peUF1MJRR78YLI8GjH/FWOPUieIeGwhTeoezJ0+WTuVOnlPj8UX2HMX1Ep6138C7OuH7hj8ZM
ydWgwEDhSuJ7iYyAkmuUB38//vnn0fv9syFqhbudzgJ++gnkzO1BtwPvxJ8+TinqpPm1EYl0L7HA
iQhYS40e7J9gmxgPZmG40wkgni78r1MxZX+mWnkBBm2L4raN0TIqhGA0RMSmScaA+VeopopDFfZL
WiJ6zZ6tUhm/VEbeW/puFPmfZP/BeyB/vf3n7bLdp2zzqdh/trs/wO53+883mv9O12EhJ3+RJfC5
+K87vZ3K/Pc6b7rf7X/f4vNSunl1+yAIYKNVHN/JyKDWxks4n5Li7DDNqFCm8YUO+IMS9F2bkiiS
eynUEklTbJE8kOlJGt+ELIwpSesMQoo73iAmrLnxEnInx5BCuyn+yhfzjuN07vHWRkPruMTUov0A
2krFdOtKoD2YQeKDeO6FdGHBHjoyyUcVMIBN41stAPMw9OrR3vifx/87PRl35q9hAM+u/53q+/97
vZ3t7+v/G67/Xh+QAP67MgBOGEePzwoTwEEtLOur1n3hgQZ1OgnpXV17Y/3/yxLwPbv/1vf/d7Z3
d7aX3/+/8339f6Pzv8KzIimcL6VXI8Zl89IJ4SP5Vjzt5fi7l85J0H9ty70kui0pb8Z6XSXKC9uG
k2PJKap4zbNxrUJWVAYO9c5wo60BjMPq/QUTPB0aF71KDK+Ptixk+GDIVyNuL70dWnmTYwThkI4U
JKX7+oU56hkcARzSM+XE+4hoWRO3ttj4P5y8H/2+f3g+Ojw6H57+tv+x7+wuyjElJcYURGsu3FYg
gr1ljOuX51fez73mRd4rS5ffy732td0qHmEVmU846D/9/n/lnV6pia9Fz29Um+XK3u7K1ZtEQcll
+gIcBms9tVc5QooSbq3B4pSDkz1RF21J9Uta19akpVtdSvphXBpVDfjU43j4p260lbzB+zKusOho
E5A+lJ2b3fho6VaZpuFUSzZpur7xrdzTeI2Ze7x+TCo2Lq6S8qwm16MkjqM8yOzSQq8uOLsUiVTe
djA5zKnyYnzUCb+G1ySlHieBbbCW5YvBc/mmbDGgQRHaGtPkBWDBbkpO9fp2RQyT2LhMsRT9UK1a
dPtbutcQOEI/+uobzDQu1ZuSFMPkCsyuugSgkWQPUA3Tnt+Ka7hd8Hi5yvpb7Ga3joOXXJZvdIDj
BESGiQhj6tZL4XYLhFZ7rWtvuATOuEcDLw2O8djB/RJnKfWiLT+mLI6IWWKYpnG6XMBhhBN64xZj
rCblzNJdx0ChfR3SNpvqqwRr7pIbJFNCtUAOrEAO0tHTmPhuT/3++f75/vl/9vO/AwAA//9m4KNm
AJIAAA==
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
