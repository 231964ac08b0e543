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
H4sIAAAAAAAC/+x97XLbOLLo/PZTdBg5kmzREmU72ZGGmeMknlnXJrbLdmb3lu1R0SQkMaJIDgH5
Yx29+61uACRIUU7m3s2cOnWiSkUU0QAajf5CowF7d3yHT3/4pp9er9d7ubdH371er/rde/XqVf5M
753e7t7LH6D3w1/wWXDhZT/0ev+JQZqD+x/ySW9G3h0fZcwLHlpteNwA8JP53IsDsG/Bu+Pwuhuw
2268iCLov37hwOfPBAXA/GkCVuplN96MDUBMGRz88xzevj+CkEPMWMACEAk0nCEVppEXQxhz4UUR
h1BAGAMXLMVe/Ci04PWLPjWcMbHIYnD6rzYAlhsAl2D/G6zG48E/z0dnh78enRwP7KX8+e7wl4OP
7y+K1xZcI4qqjd4GQHozytgkTGK30UpvRuE84IiLz+YsFl1Z1C7qbACsNuw28lY2ANh9mmSiBmxj
uSEJqkj595MPh27jEb8GdjdLErGkWodv+6MPhxcH7w4uDkbnh2e/Hb09HB0evzs9OTq+cK3G6ZvR
0Yd3512LoE8Pfj08c5tNuCLySCpcnP2f0YeTd4euF3ipCG+J+KMPB/8aHVxcHH44vTh3rcbj6ZvR
+fmH/NXA3l9aNKtW47+sjeXGDzdJIr61Anha/p1X/b1+Vf73nf53+f+L5H+y8LJAMWx6MxonizjQ
ouJN2CgIJ4yL9gZAOIZLsBoayAIXrIZjwTUJeLxOK1AzME2igNNvdp8yX7AAEARaDadtmXKPMjsO
i+762A/yqe1F0Z/pi5rPse1AnAhSRtkijsN4AuyWZQ9KBQnqQeJx+mZ09vF4dPD+vevUIlbpN2Pj
BccGRQJ+Eo/DySJjIKYhl+ou9hVyC84yCDzhKRJwQI1IGGNLAdyFYgoNpwM3C1EMp8kBNcKHg+Oj
Xw7PL4B7DxyMWZB6UyG5K3VQxnA8YTxRE1tBmQbdcEhLc/BAgkOr0W9LZU0/Uy8TMEkYhyQGbyxY
BiHRiN2HApwf92Rf0ySZjZRiV91dSsZ4hgxy+mb095OTf6BifvECdXkAUjOdnZxcDOxl99bLulF4
0/WjZBGs6u/5LAgzsFNVC9va7G4tEQ8/lf3kneyIeWphN/50ngTQe9Xr1RTOb8EeV98XiBqjGodx
yKfaMHqcIdFCyX29Ng0TcTo9OLsg2+PCnZfN1RDmpV4sGA7huSKjR3D2Iu0AZ9lt6DNgscgepOW8
F9SB8+Nemx7IAo7LpPz8uTqncQJEQTuMQwFThjyYQMb4Ys7KczpAEZAMyv0sTAV4Ey/UU4ygkh8s
1TsJ4sq0ZYu4yx+4YPNAfeeaAORvX0SqpSGwiLP8B0kRSTAyUk/9GA7pYasY9LOvGHaZW0MOi1jO
GgskKyM9JYRmZRKzMB8e9cu452vORp7SYoSWPmdqjc27o7Nuxvwk0+w6gNfVgjUVdvwp82d8bT1d
vsr4Z4enJ2cXmvUJOZ+7K/ikNyPZhLu+ZaVZK6yrOVHLqcL9/OLg4rCL/LqTj9lQwr4n1sKtILcy
Wi+KrC80k1NsHSXXkJDahr7hvyLBqbM1xJM1vkRAjTMxMQKHLv5KMrKe6NWW5MTqLrjUb+mDmCbx
bjcIubBTz595E8al1kOR7d6yjIdJvJM+fKGFrS4PBXu6iSEEyYZSHZky2koFS5wbLc4CsGNo8u7v
o9Fvh2fnRyfHoxEa9avWztZV22p0r5xu2tS121j5JmPebAMgSGImx8/RWygE3rYVEmXSg3c3g+bx
GbguOPAIaRbGAhp9WDZR3k/fjN4ekZfth/jj/B394AG8f0uW+C01YN8CF55Y4Nw4Fv78xJNYTpSU
D6nMmzT0N4e/Hh2r1YqcoVYILjhDCOEn6O+/HEK4vd2GJAsuOSE0blmbvtWBsH0NLmgtlTE/TBm4
cHj829HZyfGlRd29PTo9tK6HkCXRSuHJeyqSvlOl8N3Rr4fnF1jsh5Wit0f4mgeV1+fvrGuFC2m5
cimKsCpf0v/jRewLnIE/WrwDAMlCdCDuQNgBvwM3HTL7HfjUgVkHklk7J1GywLYtawgxuBCxeCKm
Ld6uJ6ALsaKfrg7goxpZ3HCRYc9hB5z2EG7AJRL717CdK3tSQi0f2cG6sqy26hv/t66uriwrhyPL
YQBfrQBf1QDfwE+w20eRvyGW678ya+WzfXW12Ozt3VsduGnXN+L0/2bW9MtQxdCBqAou1nrtovEm
cUE69fu7bfgZHBiown7fKNz9EQv7ReFeryjc28PCXRgYhANIZuDK7l4DAYewLX/jrBiANGWf5JQl
M4T8RCAMjeMnmjuYqekx5g22kTmcNk3YkEgxk6RAgs7gNTg/Om2JRk8xXTGpsiOJngv99X04lT5a
NFWKONThyx6tzFXB7itZ8Bqc/R/NAkkxqoEEMwr28hp7u+0nMEYkDfYwWZgGsk2cHMK2ovtSTn+J
Dxfj8TgoWFF3ssy1CLm0yO2qhmLyitAuYsZ9L2WrsvttBbVOMK8syV0/QYwUCre3h/UyXhBCVY0t
+Bmsq9iCASK+LIvNqjxVqJQshEGbx8IRbTX6aGI9QfiAC564bPSvJQM19qlvPgvTlAWEOxeX4TUt
RPTbNnmEskJdqUiEF4HtQrDIsFRjJuWd+tzejoeqYzQTOUjszRlWcaHRH8LU41P1a3cI6dTjunBv
qPByobE/BD8JdMnLoe7WhcYrc9j7tWhu52ASh8Pjdzm10FKiYWpJk4mk6aE2sZIZzorxGlcaWJCv
GrHcGnthxHKGlhoTrMerGODKkjbxyhrAJu+oV0lUfoEOugoflN6TvzJCh6X0Wi0myu8Ix9IrdNFH
SDJ6G6i3RI4RZ34SBxJ+Z3fcuYqtDvzRksi26TGJ5IMKa+CjH9IXD+QXkq3dUY5GRxH6NXkaxoSQ
IcYpsdo5bRCRKBwz/8E3SEEoIHi73IpZCxfkhPalVQaKwhjnUK93bJygAVilSS3mtDSl62a0ZWk4
q221wVJeiqsfCusox+4iKbmlKPEnlIwe4CbHOQJ4vLJQQhRh4MpCCSl+kYQUP0tTXzPvcGUFi8xD
nVmd96XVQdxeg4M06NDYLZpcJaH0rOSTnrV0Kg6QT0ouO1okSxMDMAVXy/gQNWKr+zufev39l4Nu
ByyrA9OyTlUi79JktfXM0ldB8U0+2OQ5xRW6Ha1wpx0ymv22xqnGaanTaU/29YWOJDUqarqY2mst
1LQ4kizcgVZMrgmZAAA1AWUCoh3RTs3dNIwYtFoTJgjHCH4C2SBW6plMxdMoFK2oA/cdsMAqCICm
/f7SuYbzj2/OD0/h/nL3ukT/Z60Z7TkwFrfReuDD5eya9Lk/RP+EZeikujAz7JVg92iroo06n4q8
qZfKlZIscPk7XG+B4gCsXGDo49hkj/kkPErZL9ichv0fk4I/WveXfcnVuV9BSLVl2R6W3V/uX+P/
L1emeWWsvhprVbSJiVqfVkVOjlnS9tP1db0GLLhozIQ/ZQUb+V9ko/kTbDSGn0C1uIaPxqt8VKO1
eLLIfEM13XrRQiIpZ8D3osj46QnB5qkw3tTpp/n2dlU7IfvSfPRpPnbp/71rOUPlYdcI4lW8JGPT
mn+RaHL1jTSSvkNTk6mIeagXFuTBkDwwYsmIQMZ8Xo2nmotw44UKp1GbpWhqX0dTOZ+3KZrA5xJM
R3Z38b89a6g9QxUl5LsSfLcCB1bjcX9gL80K8Bw8GIcRk3sAUeIFLIAwFoncj4hvwyyJ5ywWRSCw
Rb0s5h6fQe/VKxWjKqEMEM4DTmjQpiLhoNAD6q9NYS3bLhVhBypm9dvB2Xm34aCL1V67seoniygg
xCVdbr0s9G4iCkWPs2QOOOrq3qnaOU1vRjhaI6LJmQ5ntvLBUVBI8lFzkzflnksZw3ZtY/iz2Dm6
dRutfLxGXaP5+/JGK7v1IrBOD87eHPzjEOFHDce9ajxiY5v3S6vYa60Aqf5xAEX/3t3MbXp3s6aM
cFK86J9QRKNeOPAZJhlLwf4D5t7dTAWrVVVLVQhjwTLPF+Ets1SouiFBwL6FIMzcfHQUgULTqeTm
/PD4/Oji6LdDKsgY0se1Go/OwO4tdVQqX+gR9ZCLaIEXzzsw7kBEcRlRaKqZod9ishyot6hTWclQ
Xl/hk43BxTGA1bUgnl+GhYmss8FjpTbRfEba2+WX29tkxCLDsiWctca15gPx6St8ZhofeA5REpO3
OQ4zLjrAE/CAFCv4SSy8kPbovDgRU5ZByAEnmwVwN00iVlhnpIg5itxihWBLq/XaBQdZUK+SLz9d
t+En/VO0h/DJtnFUn3CVT8b58lPRoPFelIa3NGOMoERhdb0quYBc8raCKrv2jd46YzvTMZocGb3u
X5m0FEccB+y+ha12aAjtFZsHqzEOCe50IEV6tcH6ibOYh8j9ry2jokK2VCuF7RJV2yuxj7we9pib
m4r1MgvG42jBp4pEy+bGcuOH759v+JErvm+bAfKl/K/+y14l/8PpOd/zv/6q/A8zy6OaBrJh7MI+
GjkIm92tZZfiEbKe2s48+uXchYx5AdhZ3gj89KW6al+ucEGuYnRCHnULAztOYra0vmuD//gnCm/+
m/M/d3tO/+VK/qfjfJf/v0j+5142YxlKfi6Bg4FefWzywSCXx9M3o4uTfxzKNEursWUNgdxwNg/F
iAuWjm7YJIxlU7phoPiGTSW4ZGn0obG7WjOZ1VZLZk/U4bMwra2FBU/UG3thVFsPC/J6QKvOStWM
ieyhti6VrK1MC+eaQdJ7c5TQ2IPGfk1dFbutrS/LnmpDxoGrtVXa1zqkE16tkHAJXAK78TiTVqQK
jiW2THBrOKU6KnehWkG9XouRCP0VEuK7EtCdh0TL9xiq8FhsF5lSlaHMWD0Ty+B7wcSr1YIkZrW1
sKAMniRiTS9JIvJeVuvUdoFVzC78KPH1qthM9Dk7fHt0fjh6+/7k7T/kehQXRjpj63mRSJUt4phl
AxizO0oU5B24SzIxBQ/SLPEZ58A8f6ozaWLuNlqBJxhsb/LNYzPtg1b7EsQIoNCLIojSbMJn2Dre
ahexky0Kqsyx4ZaE7oIjFWu7nQd2emZExUgaNRyQRQoj7X/ovDUcQ3eRinDOSulBRk4TUpG75IAs
0udbO8vqW58/7+UvJZ4KenNnawlbhC1sgwJGctNLWiKxiLNK3Zx+bVWXAMehitmEsc8K14wmWD4G
ikJzDjY0HKqlUnQDC+wJg570zAhWZ8OrSgFsFn3JqXl8juVLCGNcCxJsr0exPhgOoa9f5W8U5bGx
RdFsVzW7Q3ByDOlsMpp7sTeRpqbImJrTdm4q7AkTEMRjeFjMwUtn8O+HNGVZnscUjs2TCTTEuVU9
nWDM4ao/STXK28xy6U2MoxKa8gCaTOVPDZdYZA+ahMlCuI3WfCbYPEXqyWX4IEdWQUuCoF3YBkct
jx/zwdoJvDudTQaD94k/GwwuwjnDdp1+D+w/KENfBq1evJAhwR68pkEkC7GT+VaeC9n4uVwwhCV8
BsEY6LdWnvXmqxidCd/eyJM8ZVzXt8COJetQJiC9FdmDBXYkwJHvFSF1PM1m0HybRypxeMilTXr/
MaZ4pUjA8/9YhJlMRw3S2USWh5yAWQA3D3nER6maZjGI0uTWZIFq4xF4wkPLA3m7pDKyhzCeILPt
c80FPGIshX29IZXEIowXrOAJyJN4FQolupkBV004zUiS51WCXsFC6Vxm1hvSsD7wGyfAF2maZIIF
+eBULZBLq5bipQ5KTgdFp4Oy01HC037iUE2ui9O51sWqMR3GeXf45ujgePTL2cnxxeHxOzdOYiM2
mmfwUny2AlvEv55BxKvpjDrh20tFNwq54N2t0amiVb1Eg5RFWKSoKI0EYvVeZZ+D/QC2HSe2+m1n
DHUGiwN54gU+f84DU4/lNlVi5J9obJhHsZQZQuX1GeegLdkhnVtmW4SAAvXSWZuUnBcEshPf86es
BKOmUH0TVGwbE5C3XVQidUysF84Dvnqey19kUe2BrpU9BwQsneIio0rbDUcf3p0TXw0Nphrq7QZD
Sd4kwcP/q5ZEM5cEzO31elo7IUwyYzFqMETP5ucom/a/4PTjBdj23Lu30ahDH+y/Q/NftnfHbeb3
7TkTHuoEm6rbQkS22o8bwG6v14TiwFXkCcZF10vDLgGXHIR22booDE1sSjgkkguQChbYd9DcfJwK
kVKtZRNxtNbhOCDBVBisYIewNgLT5kqNu1WinBKVXNyxsHC++r1eG3KDQLgOTaWn31Q8LoC93l57
BbBIRiizE2IPU49LleZPIfXEFFroAegTMiC8Ce8AU6bCm6CHWJRq+hgazdRqFU/QtGbSbk1Qth77
A3sXHd/r0kyuGcXabbiyKIAnQM8QtCKPC/j7xcWpTrHRJC8hbuzS5RMkbZFTMiDJXZy7S+hduo1H
Z3NzsLUsnUaBrYF0mCdY/nxrsETXTL8y3LScBxZYS/rdl8969o/XW20IA7AXcu8OIayvPvhJp5pk
q0HCOJGI3YdcQKIOmcw9fxrGrH6Xsg6/ySp+Opf93xK/iYo4TphgsYBJlizSvKQGc+2mWL8TzMCC
LhN+V9bLR7YyNlkuUfrawVWmd1lVzcbyjDguEaMw0Nur/ozeuA1VVKM1ObqObzWXa9XdaBCaeQt6
AxdXe+QR1q90ZHPbb9e6xSUAqYWpDzQ9rKoQFyiuEzbyoqgkW3pHmJB5wtuqk4Git4Jo0yQKWOY2
m+ZPSTh6Z6wAZVkFCpeEGp3qCRGRLVh1ai7BVi6ebKR8SM2B53DD0Lm8y0IhWAyfFlxAnNwVqzGj
c3lsUrW/etztGcxCdBh65Q4NLCVdFrFmpDoiq1iAGkKZ3dwyhTRBVtbI/IF3ZyyLWdTNvDhI5l3V
XD3NZIZHGOX+br5zsLtD561rzvZJ3q5uG6Tmok+dPMPXVcVd1dBejOKJk8Ao/UK6twM6a05nLUly
caKCMGO+SNA0PKWVkQuRNI5VyOeGXkgpL0dyPJ366as8FGmFca3188bKwor9USysiKse9+SxdWNo
wsvAvk/nY5nSYr+FbqVR84BsueVyGIMIL1H72gYUaqxy3A+5Ycy7nEVhvLjvsnicZD5TR4oMHzNj
XCToKsdPLM4NIPsXySTO12AoV6XlISqlQ4N8On9GEgOXilywtMmJSTi06NAf+UWyo9xW55EaOqeX
s7Fx+EtK4cbqOlAGbhRvFPIXhBl3G47BOoHbwK5Iq9trRSJAkVBA0uFXQZ5hzqSqdUspnefo9Qgd
/6k7T6tbMjNycjTSm9HM7T2Nj56BmXLhZ4YDX4itHGUXH2dKA5R0P4LIqFqw2V121RnAXw838jOg
KpChD02iusvGuavCyyMASkez6/quB18hKrcM0a+hqhKTz59hHMaBrGjPwzhgqZiCA7gKyJ/ZPfNB
JOj02j7287iEbRUeQG6qYw0javvr8cfRL0fH79QRTafE/Plk/RmuWSV0PQ99gYvgawePzCYTBG0B
OzuaBJVJyObElBJLw0fUovYlLmz5itsCY1yomQjLnS/MD6fJadKzwlXRa2eniaWIcXs9ypV+69hH
2WxiSDXnT82ZyePFjD3qLgY/L41Zc8rNj4pz+CrGGqHDSiZKJndaXYrrd7d2EDnzqKhaB2GF4rRo
oWF10Uq8tFeYf3PrwQ6+eENEjdV2vtJkGwZb6+MgzNxGKwiz2JszST6ZvFjWehJSWXUxT139qruj
ENtpNCiLdUNFsR4r+ZK4ZpZRV4RqyzsHkrs4z/bMy4rrCKioXyky+E2/teTej2kv51Wgpy2dpCZS
vp5W0jrR2X8dJVIXJuzvg/J3jFPwi5h2PwtdNfeymWsc127s2o3Hvefq+MMyP2Ou+QnhrarhLm/k
Gnm8PeOQdpIFqxm+P1qgzjZAT0FX7+io+Ggsb79fbmof/3uJ/73C//5W9ULyNWnmGxc/PI1bMgPl
vQeLTE5ycZRf04zeDxQPSfqoIAadxnq6B7Vx6/y4Z/ST35/whcpqtzj3qvIWhlUvpnQ1QrEIUrdD
PHVTRz7KOk7YkQ1wq9hgaN35YEdKY5Zg2jJ6s7+ee2jXvhgoEqVXJx7y0pNdkHmkqBrzi0/2QYRz
xocwCW9R2SzS9VpGrbcNOrx+vYp2zere2IgvzYvRUrEu1Fc8qONbq7D6ggqc5lLyxiaHlX9yA+y/
JKry8PrJ2Tu9SizLtmzf3ahQWe5Kl4VoZT9S9ChyMecqI1sehCAxVE7NfuFQvHgBz8yVg5AbYE8s
GyoTeudlcRhPBqVAjI4z6tZUB8N8+rNFzOkKECwNBYfG4/6SQxTO5ZUghr9RClXrwUhfV/2qhKxn
3O1tVO8ukcQuX/yhgA2+XwEsbcuVyfaniAY5jD0DpycbQ4+HSaWn9xiVxqzoP+0IGmtEp78n0Vgj
X9hdQBm/8kKZht5wy5dT8Gf6V7GhL1FU5efH6qAKvm8en8FriIvbJvY6dLtSo9+Bxm4HGvsdaLyE
ZbO21c+lQ0WGh+bPuJDfjvzqy69d+bUnv/Zz3imH32fkipUO87ehmiYEahCOpZ/6+dNu/rSXP+0b
B08KG7CSPfT/12weXM+dP1gTPtCXhNRFGFA9X1cDh5ThoJybnlW8V7oIF+i28+NefdznCb0ul/Yq
FI92dYieJWkA88qj4i4grexVX4r3ilEosZfSSI7DV49lrcFaNcRPj1PNJd1iVA1d1MSzjK3pfECr
OW1VfPKBlqrLAG2/fP9LdbyVvL5qy2qA+eyOMubxhCJhfxvYMbtl2dIybzFTAHUWqnIllxfdeQ+8
bcDIN5qLw/EoY5SBELRLd1uxmivJskXcla3YulJ1tk1sKqD5pQHlvBW6cM3OGBdeRna9uldBRnEF
ys6eVPAmHtW6+XG0lduuZLYYqofa3CJ/Zhpz5Vxsy+OAsMkHuVuhnEtdS3rduCDvkpGgM16NfSvf
nZwp1V7mHX/Wy5vgwk1mRfDcn/kW3dthmE7hSjEo5Y2vc3wqjr9qwTJaL7xoq9GqJg7tWfC5fA9R
85HO9pB9cczTsFYHrKuruHwxR6PXHj5xNsu8UaPRy6/UKDVqXMjxs7rzRl2sActmu+LXrd70pYf5
zK3ET6srSJrcxi4kY6Vu+k+oG3/mD+pOH+b9mYvNaXJXclO3jdnRfqi8AILAvv7COZkjSfvGRejB
ELniaqr1IlTAqA1oFTkwY8BVbZxXoaOZyQJ9TBXMUI18Yf09TaLAuC9x/UWCRdV160i1JnFyRpDL
8imLAltd60bsUBlDw4E7D11gZM7yRYQtun5Sb7+HnPAJ40m7CG1norwjJxF48cJcEsodQzVrtQSn
hmQOzA0qn68mfUAJKipfFZXklGVsSGMKI90ucW3pFkCTKZWW/KphPKsfyJ9ELQ39GYdFSgsPfVko
nd5fg+pqZKNyClmeL2yXrlzEN3aSaSugSWpECEzoGhh9G2KFXR77S5lmrm5Q5DJhuDSO76d0/id9
6OLvb3wC6Avn/3b7zn71/M/L7/e//2Xnf8y734t7e2mZVnOTOvr9buU+0i41URiw7Z2GelzCc6kr
5IW3kCZJ1IEETUrKMrrMsBogpB6e3DGg3gbgRfQAPJzEXoQuShLTjoGXRSHLQN1oXKQ7y5bba26b
RgDyO+kpY9x9e3J8cXT88bCgi+mDZrkLmlc4eHNw/O7kuDSi/AZRKWc72SI2wp4lm/9MG/38SIYc
oEjINlNGsFDhCGWNnyCPNj3yOl9sR/lEMvgF+kKFNycnF+QufDyXt9zzUrp4L99eI2/+iVp5TKdu
yO2VsI4RFsjJumaiy/h/1fqXplSli/WLmBs1RFc7GzsxOHf5IVQjustlElXOOdpn0E0U3ib5BpMs
Nf7CgPAmvKv9p653xwfeQiTc96Iwngwor+zYmzPYXUngNJLcsvRrBCFOYH37wqNkutJt5E2e51PS
vQtxAvmtZeDJyynoLvN5GjHB1spL/pcjwNKwxG7Vxso77kihMDBIpdGyw6Bdhcy49+BajX7RJpHe
bTgyN89VdMoboRdhSEkaauPbIEw+Jjtvz1YDto1X2IVNO4jymlkbm7BVGzZ1rIv1NMm/zWDbxmBk
KeJSalz2h77ZIhI6a0X/iYvTN6ODjxcn528P3h8d/5r/TYjiD1uYm/m2zeIgTcJY2IsskpJXV9vK
HXH9px/W8ZStWKqhSP+UF65Ai03HJ3nAaHPtmui7O/bf5v+hkv6W/t+rVb8v9/l296r+n7O3t/vd
//srPs/hgvwDP0zRLJQdhQFMWMwyT7CgA0Eik5+DUOxgpQf6IwJhLO/Nk9aYlBPryOT4bmfj+VpX
g0BFAskMkkxZdOUYli/0n3ocWBywYGdD6h95YrmuyXGSFQW/HZyNgmTuhbH1Xa+s/8g8oG9//8NT
8r/y7PR2d50fYP+7/P9F899zbB4K9o3iAF+6/2evv1eZ/37v5ff7P/4i/U9hfmcAyAAbO8XyTd4M
Y21IC5GvHUtKHx9iRnsXUxZFZSPgcfBAvk+z5DbkYRKzrIn+Pl0KFiSMo4nIN7nCGLod/F/+YaZx
ks09sbPR0p48M/OTcUGqtovcplq0Pa4q/6UFr+mkj/ypDozwaXKndims/BpC9bP93Vx8/3z/fP/8
r/j83wAAAP//ZxYvUQB2AAA=
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
pb_load 'domain'
pb_run_step 1 1 'site' 'sha256:6ea5bef9bcfad2b2ab5ce5ab9916ebfda71e2e6fbdcdece7d15be6c135dcbdc9' 0 0 "$PB_DIR"/'steps/01-site.sh' never boot
pb_emit_boot_done
