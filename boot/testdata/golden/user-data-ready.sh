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
H4sIAAAAAAAC/+y9fVMbufIovH/zKToTE9vgwS9ActbeYX8E2D3USYACsuc8BRzXMCPbE49nZkcy
L4f4uz/VLWlGMx5D9t6T3Lp1Q6XAllpSq9VvarUU955v8clP3/Sn0+l03u7s0N9Op1P+23n37l32
mcq7ne2dtz9B56fv8DPnwk1/6nT+G5M0J/d/yU9yO3Tv+TBlrv/YaMLTGoAXz2Zu5IN9B+49h722
z+7a0TwMobf3pgtfvhAUAPMmMViJm966U9YHMWGw/88LOPhwDAGHiDGf+SBiqHUHVJmEbgRBxIUb
hhwCAUEEXLAER/HCwIK9Nz3qOGVinkbQ7b1bA1isAVyB/R+wak/7/7wYnh/9fnx60rcX8uvh0W/7
nz5c5sUW3CCKqo/OGkByO0zZOIgjp9ZIbofBzOeIi8dmLBJtWdXM26wBLHfs1LJe1gDYQxKnogJs
bbEmCapI+ffTj0dO7Qn/9O12GsdiQa2ODnrDj0eX+4f7l/vDi6PzP44PjoZHJ4dnp8cnl45VO3s/
PP54eNG2CPps//ejc6deh2sij6TC5fn/N/x4enjkuL6biOCOiD/8uP+v4f7l5dHHs8sLx6o9nb0f
Xlx8zIr69u7ColW1av9jrS3WfrqNY/GtFcDz8t9919vpleV/t9v7If/fSf7Hczf1FcMmt8NRPI98
LSrumA39YMy4aK4BBCO4AqumgSxwwKp1LbghAY9WaQXqBiZx6HP6zh4S5gnmA4JAo9ZtWqbco8yO
gny4Ho6DfGq7YfhXxqLuM2xbEMWClFE6j6IgGgO7Y+mjUkGCRpB4nL0fnn86Ge5/+OB0KxErjZuy
0ZxjhyIGL45GwXieMhCTgEt1F3kKuTlnKfiucBUJOKBGJIyxJx/uAzGBWrcFt3ORT6fOATXCx/2T
49+OLi6Bu48cjFWQelMhuS11UMpwPkE0VgtbQpkmXeuSlubgggSHRq3XlMqaviZuKmAcMw5xBO5I
sBQCohF7CAR0f96RY03ieDpUil0NdyUZ4xUyyNn74d9PT/+BivnNG9TlPkjNdH56etm3F+07N22H
wW3bC+O5v6y/Z1M/SMFOVCvsa729sUA8vESOkw2yJWaJhcN4k1nsQ+ddp1NRObsDe1QuzxE1ZjUK
ooBPtGF0OUOiBZL7Ok2aJuJ0tn9+SbbHgXs3nakpzAqjWDAYwGtFRpfg7HnSAs7Su8BjwCKRPkrL
+SBogO7PO036QBZwVCTlly/lNY1iIAraQRQImDDkwRhSxuczVlzTPoqAZFDupUEiwB27gV5iBJX8
YKnRSRCXli2dR23+yAWb+epvpglAfvdEqHoaAAs5y76QFJEEIyN11JfBgD5s5JN+9RXTLnJrwGEe
yVVjvmRlpKeE0KxMYhZk06NxGXc9zdnIU1qM0NJnTK2xOTw+b6fMi1PNrn3YK1esaLDlTZg35Svb
6fplxj8/Ojs9v9SsT8h53FnCJ7kdyi6c1T0rzVpiXc2JWk4V7heX+5dHbeTXrWzOhhL2XLESbgm5
pdm6YWi90E1GsVWUXEFC6ht6hv+KBKfBVhBPtniJgBpnYmIEDhz8FqdkPdGrLciJ1Z5zqd+SRzGJ
o+22H3BhJ643dceMS62HItu+YykP4mgreXyhh402DwR7vosB+PGaUh2pMtpKBUucaw3OfLAjqPP2
v4fDP47OL45PT4ZDNOrXja2N66ZVa19320ldt25i49uUudM1AD+OmJw/R28hF3jbVkgUSQ/u/RTq
J+fgONCFJ0jSIBJQ68GijvJ+9n54cExethfgl4tD+sJ9+HBAlviAOrDvgAtXzHFtuhZ+/czjSC6U
lA+pzOs09fdHvx+fqN2KXKFGAA50BxDAL9DbfTuAYHOzCXHqX3FCaNSw1j2rBUHzBhzQWiplXpAw
cODo5I/j89OTK4uGOzg+O7JuBpDG4VLl6Qeqkr5TqfLw+Peji0us9oJS1cExFnO/VHxxaN0oXEjL
FWtRhFX9gn6P5pEncAX+bPAWAMRz0YKoBUELvBbctsjst+BzC6YtiKfNjETxHPu2rAFE4EDIorGY
NHizmoAORIp+ujmAh2pkfstFiiMHLeg2B3ALDpHYu4HNTNmTEmp4yA7WtWU11dj427q+vrasDI4s
hwF8vQR8XQF8C7/Adg9F/pZYrvfObJWt9vX1fL2z82C14LZZ3Um39zezpVeEyqcORFVwsNWeg8ab
xAXp1OttN+FX6EJfVfZ6RuX2z1jZyyt3Onnlzg5WbkPfIBxAPAVHDrcHBBzApvyOq2IA0pJ9lksW
TxHyM4EwNI6fae1gqpbHWDfYROboNmnBBkSKqSQFEnQKe9D9uduUaHQU0+WLKgeS6DnQWz1GtzRG
g5ZKEYcGfNuhnbmq2H4nK/agu/uzWSEpRi2QYEbFTtZiZ7v5DMaIpMEeJgvTRDaJkwPYVHRfyOUv
8OF8NBr5OSvqQRaZFiGXFrldtVBMXhLaecS45yZsWXa/raBWCea1JbnrF4iQQsHm5qBaxnNCqKaR
Bb+CdR1Z0EfEF0WxWZanEpXiuTBo85Q7oo1aD02sKwgfcMAVV7XejWSg2i6NzadBkjCfcOfiKrih
jYgubZJHKBtU1YpYuCHYDvjzFGs1ZlLeaczNzWigBkYzkYFE7oxhEwdqvQFMXD5R37YHkExcrit3
BgovB2q7A/BiX9e8HehhHai9M6e9W4nmZgYmcTg6OcyohZYSDVNDmkwkTQe1iRVPcVWMYtxpYEW2
a8R6a+QGIcsYWmpMsJ6uI4BrS9rEa6sP67yliuKwWIAOugofFMrJXxmiw1IoVpuJYhnhWChCF32I
JKNSX5USOYaceXHkS/it7VHrOrJa8GdDItukj3EoP6iwBn70AvrDffkHydZsKUejpQi9R56GsSBk
iHFJrGZGG0QkDEbMe/QMUhAKCN4s9mK2wg05oX1lFYHCIMI11PsdGxeoD1ZhUfM1LSzpqhVtWBrO
alpNsJSX4ugPuXWUc3eQlNxSlPgLSkZPcJ3jGgE8XVsoIYowcG2hhOTfSELyr4Wlr1h3uLb8eeqi
ziyv+8JqIW570EUatGjuFi2uklD6rOSTPmvpVBwgPym5bGmRLCwMwAQcLeMD1IiN9r/5xO3tvu23
W2BZLZgUdaoSeYcWq6lXlv7kFF/n/XWeUVyh29IKd9Iio9lrapwqnJYqnfbsWC8MJKlRUtP50t5o
oabNkWThFjQick3IBACoBSgSEO2IdmruJ0HIoNEYM0E4hvALyA6xUcdkKp6EgWiELXhogQVWTgA0
7Q9X3Ru4+PT+4ugMHq62bwr0f9WY0pkDY1ETrQd+uJrekD73BuifsBSdVAemhr0S7AFtVbhW5VOR
N/VWuVKSBa7+DTcboDgAG+cYejg3OWK2CE9S9nM2p2n/16Tgz8bDVU9ydeZXEFJNWbeDdQ9Xuzf4
++3SMi/N1VNzLYs2MVHj87LIyTlL2n6+uanWgDkXjZjwJixnI+9FNpo9w0Yj+AVUjyv4aLTMRxVa
i8fz1DNU050bziWScgU8NwyNr64QbJYIo6RKP802N8vaCdmX1qNH67FNv3du5AoVp10hiNfRgoxN
Y/Yi0eTuG2kkfYe6JlMe81AFFmTBkCwwYsmIQMo8Xo6nmptwo0CF06jPQjS1p6OpnM+aFE3gMwmm
I7vb+GvHGmjPUEUJ+bYE3y7BgVV72u3bC7MBvAYXRkHI5BlAGLs+8yGIRCzPI6K7II2jGYtEHghs
0Cjzmcun0Hn3TsWoCigDBDOfExp0qEg4KPSAxmtSWMu2C1U4gIpZ/bF/ftGuddHFaq48WPXieegT
4pIud24auLchhaJHaTwDnHX57FSdnCa3Q5ytEdHkTIczG9nkKCgk+ai+zuvyzKWIYbOyM/yanxzd
ObVGNl+jrdH9Q/Ggld25IVhn++fv9/9xhPDDWte5rj1hZ+sPCys/ay0BqfFxAvn47v3Uqbv307qM
cFK86J+QR6PedOELjFOWgP0nzNz7qQpWq6aWahBEgqWuJ4I7ZqlQdU2CgH0HfpA62ewoAoWmU8nN
xdHJxfHl8R9HVJEypI9j1Z66fbuz0FGpbKNH1EMuog1eNGvBqAUhxWVErqmmhn6LyHKg3qJBZSND
eX2FTzYCB+cAVtuCaHYV5CayygaPlNpE8xlqb5dfbW6SEQsNyxZz1hhVmg/Ep6fwmWp84DWEcUTe
5ihIuWgBj8EFUqzgxZFwAzqjc6NYTFgKAQdcbObD/SQOWW6dkSLmLDKLFYAtrdaeA11kQb1Lvvp8
04Rf9FfRHMBn28ZZfcZdPhnnq895h0a5KExvYcYYQYnC8n5VcgG55E0FVXTta51VxnaqYzQZMnrf
v7RoCc448tlDA3tt0RSaSzYPlmMcErzbggTp1QTrF84iHiD371lGQ4VsoVUCmwWqNpdiH1k7HDEz
NyXrZVaMRuGcTxSJFvW1xdpPP36+4Y/c8X3bDJCX8r96bzul/I9up/sj/+t75X+YWR7lNJA14xT2
ychBWG9vLNoUj5Dt1HHm8W8XDqTM9cFOs07gl5faqnO53AW5jtAJedI99O0ojtjC+qEN/us/YXD7
fzj/c7vzbmd3Kf+z1/kh/99J/mduOmUpSn4mgf2+3n2s834/k8ez98PL038cyTRLq7ZhDYDccDYL
xJALlgxv2TiIZFe6Y6D4hk01uGWp9aC2vdwynlY2i6fPtOHTIKlshRXPtBu5QVjZDiuydkC7zlLT
lIn0sbIt1axsTBvniklSuTlLqO1AbbeirYrdVraXdc/1IePA5dYq7WsV0jEvN4i5BC6A3bqcSStS
BscaWya41bqFNip3odxAFa/ESATeEgmxrAB07yLRsjOGMjxW23mmVGkqU1bNxDL4njPxcjM/jlhl
K6wogsexWDFKHItslOU2lUNgE3MIL4w9vSs2E33Ojw6OL46GBx9OD/4h96O4MdIZW6/zRKp0HkUs
7cOI3VOiIG/BfZyKCbiQpLHHOAfmehOdSRNxp9bwXcFgc52vn5hpH7TblyBGAIUK8iBKvQ5fYONk
o5nHTjYoqDLDjhsSug1dqVibzSyw0zEjKkbSqOGAzBMYav9D563hHNrzRAQzVkgPMnKakIrcIQdk
nrze2FqUSz3+upMVSjwV9PrWxgI2CFvYBAWM5KZC2iKxkLNS24x+TdWWAEeBitkEkcdy14wWWH70
FYVmHGyodamVStH1LbDHDDrSMyNYnQ2vGvmwno8ll+bpNdYvIIhwL0iwnQ7F+mAwgJ4uykoU5bGz
ed5tW3W7RXByDsl0PJy5kTuWpibPmJrRcW4i7DET4EcjeJzPwE2m8J/HJGFplscUjMybCTTFmVW+
nWCs4bI/SS2Kx8xy602MoxKasgCaTOVPDJdYpI+ahPFcOLXGbCrYLEHqyW14P0NWQUuCoF3YhK7a
Hj9lk7VjODybjvv9D7E37fcvgxnDfru9Dth/Uoa+DFq9eSNDgh3Yo0nEc7GVelaWC1n7tVgxgAV8
AcEY6FIry3rzVIzOhG+uZUmeMq7rWWBHknUoE5BKRfpogR0K6MpyRUgdT7MZ1A+ySCVOD7m0TuWf
IopXihhc7895kMp0VD+ZjmV9wAmY+XD7mEV8lKqp55MoLG5FFqg2Hr4rXLQ8kPVLKiN9DKIxMtsu
11zAQ8YS2NUHUnEkgmjOcp6ALIlXoVCgmxlw1YTTjCR5XiXo5SyUzGRmvSENqwO/UQx8niRxKpif
TU61Arm1aiheaqHktFB0Wig7LSU8zWcu1WS6OJlpXaw602Gcw6P3x/snw9/OT08uj04OnSiOjNho
lsFL8dkSbB7/egUhL6cz6oRvNxHtMOCCtzeGZ4pW1RINUhZhnqCiNBKIVbnKPgf7EWw7im313U4Z
6gwW+fLGC3z5kgWmnop9qsTIv9DZIItiKTOEyusLrkFTskMys8y+CAEF6ibTJik51/flIJ7rTVgB
Ri2h+ktQkW0sQNZ33ojUMbFeMPP58n0ub56GlRe6ls4cELBwi4uMKh03HH88vCC+GhhMNdDHDYaS
vI39x/9VLYlmLvaZ0+l0tHZCmHjKItRgiJ7NL1A27X/B2adLsO2Z+2CjUYce2H+H+r9s957bzOvZ
MyZc1Ak2NbeFCG11HteH7U6nDvmFq9AVjIu2mwRtAi44CM2idVEYmtgUcIglFyAVLLDvob7+NBEi
oVaLOuJorcKxT4KpMFjCDmFtBKbDlQp3q0A5JSqZuGNl7nz1Op0mZAaBcB2YSk+XlDwugJ3OTnMJ
ME9GKLITYg8Tl0uV5k0gccUEGugB6BsyINwxbwFTpsIdo4eY12r6GBrN1GolT9C0ZtJujVG2nnp9
exsd35vCSq6YxcpjuKIogCtArxA0QpcL+Pvl5ZlOsdEkLyBunNJlCyRtUbdgQOL7KHOX0Lt0ak/d
9fX+xqJwGwU2+tJhHmP9643+Al0zXWS4aRkPzLGV9LuvXnXsn282mhD4YM/l2R1CWF998ZNuNcle
/ZhxIhF7CLiAWF0ymbneJIhY9SllFX7jZfx0Lvt/JH5jFXEcM8EiAeM0nidZTQXm2k2x/k0wfQva
THht2S6b2dLcZL1E6WsnV1reRVk1G9sz4rhYDANfH696UypxaqqqQmtydB0PNJdr1V2rEZpZD/oA
F3d75BFW73Rkd5sHK93iAoDUwjQGmh5WVohzFNcxG7phWJAtfSJMyDzjbVXJQD5aTrRJHPosdep1
86skHJUZO0BZV4LCLaFGp3xDRKRzVl6aK7CViyc7KV5S68JruGXoXN6ngRAsgs9zLiCK7/PdmDG4
vDap+l++7vYKpgE6DJ3igAaWki7zSDNSFZFVLEBNochuTpFCmiBLe2T+yNtTlkYsbKdu5Meztuqu
mmYywyMIM383OznY3qL71hV3+yRvl48NEnPTp26eYXFZcZc1tBuheOIiMEq/kO5tn+6a011Lklxc
KD9ImSdiNA3PaWXkQiRN18rlc01vpJSXIzmebv30VB6KtMK41/p1bWljxf7MN1bEVU878tq6MTXh
pmA/JLORTGmxD6Bd6tS8IFvsuRjGIMJL1L62A4UaK133Q24Y8TZnYRDNH9osGsWpx9SVIsPHTBkX
MbrK0TObcwPI/k0ySfdrMJS70uIUldKhST6fPyOJgVtFLlhS58QkHBp06Y/8IjlQZquzSA3d08vY
2Lj8JaVwbXkfKAM3ijdy+fODlDu1rsE6vlPDoUir2ytFwkeRUEDS4VdBnkHGpKp3Symd1+j1CB3/
qbpPq3syM3IyNJLb4dTpPI+PXoGpcuGnhgOfi62cZRs/TpUGKOh+BJFRNX+9vWirO4C/H61ld0BV
IENfmkR1l44yV4UXZwCUjmZXjV0NvkRUbhmiX0FVJSZfvsAoiHzZ0J4Fkc8SMYEu4C4g+8wemAci
RqfX9nCcpwVsqvAAclMVaxhR299PPg1/Oz45VFc0uwXmzxbrr3DNMqGreegFLoKvnTwym0wQtAVs
bWkSlBYhnRFTSiwNH1GL2ktc2PAUt/nGvFAzEZZbL6wPp8Wp02eFq6LX1lYdaxHj5mqUS+NWsY+y
2cSQas2fWzOTx/MVe9JD9H9dGKvWLXY/zO/hqxhriA4rmSiZ3Gm1Ka7f3thC5MyromofhA3y26K5
htVVS/HSTm7+zaMH23/xhYgKq939SpNtGGytj/0gdWoNP0gjd8Yk+WTyYlHrSUhl1cUscXRRe0sh
tlWrURbrmopiPZXyJXHPLKOuCNWUbw7E91GW7ZnV5c8RUFWvVGXwmy615NmPaS9nZaDnLZ2kJlK+
mlbSOtHdfx0lUg8m7O6C8neMW/DziE4/c101c9OpY1zXrm3btaed1+r6wyK7Y675CeGtsuEuHuQa
ebwd45J2nPrLGb4/W6DuNkBHQZff6Cj5aCzrv1fsahd/vcVf7/DX38peSLYnTT3j4YfncYunoLx3
f57KRc6v8muaUXlf8ZCkjwpi0G2s50dQB7fdn3eMcbL3E15orE6LM68q62FQ9mIKTyPkmyD1OsRz
L3Vks6zihC3ZAbfyA4bGvQd2qDRmAaYpoze7q7mHTu3ziSJROlXiIR892QaZR4qqMXv4ZBdEMGN8
AOPgDpXNPFmtZdR+26DD3t4y2hW7e+MgvrAuRk/5vlA/8aCuby3D6gcqcJkLyRvrHJb+yQOw/5Go
ysvrp+eHepdYlG3Zv7NWorI8lS4K0dJ5pOhQ5GLGVUa2vAhBYqicmt3coXjzBl6ZOwchD8Ce2TaU
FvTeTaMgGvcLgRgdZ9S9qQEG2fKn84jTEyBYGwgOtafdBYcwmMknQQx/oxCq1pORvq76VgpZT7nT
WSu/XSKJXXz4QwEbfL8EWDiWK5LtLxENMhh7Ct2O7Aw9HiaVnj5jVBqzpP+0I2jsEbu9HYnGCvnC
4XzK+JUPytT0gVu2nYK/Mr6KDb1EUZWfH6mLKlhePzmHPYjy1yZ2WvS6Uq3Xgtp2C2q7Lai9hUW9
stcvhUtFhofmTbmQf7vyT0/+2ZZ/duSf3Yx3iuH3Kblihcv8TSinCYGaRNfSn3rZp+3s0072ade4
eJLbgKXsof+9brPgeub8wYrwgX4kpCrCgOr5phw4pAwH5dx0rLxc6SLcoNvdn3eq4z7P6HW5tVeh
eLSrA/QsSQOYTx7lbwFpZa/GUryXz0KJvZRGchy+ei4rDdayIX5+nmot6RWjcuiiIp5lHE1nE1rO
aSvjk0200FwGaHvF91/K8y3l9ZV7VhPMVneYMpfHFAn7W9+O2B1LF5b5ipkCqLJQpSe53PDefeRN
A0aWaC4ORsOUUQaC3yy8bcUqniRL51Fb9mLrRuXVNrEpgWaPBhTzVujBNTtlXLgp2fXyWQUZxSUo
O31WwZt4lNtm19GWXruS2WKoHipzi7ypacyVc7EprwPCOu9nboVyLnUr6XXjhrxNRoLueNV2rex0
cqpUe5F3vGkn64ILJ57mwXNv6ln0bodhOoUjxaCQN77K8Sk5/qoHy+g996KtWqOcOLRjwZfiO0T1
J7rbQ/ala96GtVpgXV9HxYc5ap3m4Jm7WeaLGrVO9qRGoVPjQY5f1Zs36mENWNSbJb9u+aUvPc1X
Til+Wt5B0uLWtiEeKXXTe0bdeFOvX3X7MBvP3GxO4vuCm7pprI72Q+UDEAT29Q/OyRxJOjcuhB6i
7MHAD4fDTyeXxx+W4uzmGeqWtJnzKBBOrZufoKqCLf06Wn5cufxCm0KUCa+EKEUgsactepWklKB2
9SkKxM119BqyhVAPBCZxHOaH4CTSXHq7cRQ+QoylgXrYjq62E45b19FBHPmBCOLozBWTo4eAC+5o
ehdoYqlXZfFn7y9Mo60fpAgiWw/rxdGoGF3VMXxDA+Yvha3WaDmMygdQgRwzJF82jlkTuikbz9Hl
V7El1ckL4ZBJHPrG85Wr33XMm67a1qstYjeTSxklmbDQ18Qi6SzNodaFexd3JKgriu9CNug1UM0I
ASd8gmjczE8aUlE8IJUIvHlj7tDlAa5a1EqCU0cyJekWbcFXk96nfCGVPow2a8JSNqA5BaHul5RI
4VFGU0coo/VV03hVPZG/iFoSeFMO84T2gfrtVnpMYQWqy4Gm0qVwed2zWXgBE0vsONVGWZPUCNiY
0BUw+nHKErs89RYy6189aMll/nZhHi9cmqKHv7/xDaAX7v9t97pL93/e/nj//bvd/zHffs/f7aVt
WsVL6uj3O6X3SNvURa4xN7dq6uMCXkvmlPYM0J61pNlKWEqPGZYDhDTCsycGNFof3JA+AA/GkRui
ixJHdGLgpmHAUlAvGufpzrLn5orXphGA/E76lDLuHJyeXB6ffDrK6WL6oGnmgmYN9t/vnxyenhRm
lL0gKuVsK51HRtizYGReaSuTXcmQExQxGQPKCBYqHKHU/zPk0bpOPueL/SgjLINfoB9UeH96ekn2
6dOFfOWeF9LFO9nxGnnzz7TKYjpVU24uhXWMsEBG1hULXcT/q/a/tKQqXayXx9yoI3ra2TiJwbXL
LqEa0V0uk6gyztFGSneRe5tkjMZpYvwPA8Id87Y22G33nvfduYi554ZBNO5TXtmJO2OwvZTAaSS5
pcnXCEIUw+r+hUvJdIXXyOs8y6ekdxeiGLJXy8CVj1PQW+azJGSCrZSX7H+OAEvDEruVOyv6hEih
wDdIpdGyA79Zhky5++hYtV7eJ5EePXSao6PolHVCBUFASRrq4NsgTDYnO+vPVhO2jSIcwqYTRPnM
rI1d2KoPmwbW1XqZpBdt28ZkZC3iUuhcjofOwDwUOmtF/xcXZ++H+58uTy8O9j8cn/ye/Z8Q+X9s
YR7m2zaL/CQOImHP01BKXlVrK/P89H/9sIqnbMVSNUX659w+BZofOj7LA0afK53wH9exv/uPqaS/
pf/3btnvy3y+7aX7392dne0f/t/3+HkNl+QfeEGCZqHoKPRhzCKWuoL5LfBjmfzsB2ILGz3SfyIQ
RPLdPGmNSTmxlkyOb7fWXq90NQhUxBBPIU6VRVeOYfFB/4nLgUU+87fWpP6RN5arusRdc818J8qP
Z24QWT/0yuofmQf07d9/eE7+lz53O9vb3Z9g94f8f6f173RtHgj2jeIAL73/s9PbKa1/r/O2+0P/
fx/9T2H+bh+QAda28u2bfBnGWpMWIts7FpQ+fogYnV1MWBgWjYDLwQVZnqTxXcCDOGJpHf19ehTM
jxlHE5EdcgURtFv4W/7HTKM4nblia62hPXlm5ifjhlQdFzl1tWl7Wlb+Cwv2KJAtv6oLI3wS36tT
Cit7hlB9bf4wFz9+fvz8+Pl/4uf/DwAA///Yb/Q/AHYAAA==
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
