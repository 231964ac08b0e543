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
H4sIAAAAAAAC/+x9e1PbSPbo/M2nOFHM2AYLP4Bkxx4xlwAzS20CFJDdvQWsS0htW7Hc0qjbPJb4
u9/q0w+1ZBmYezdza+sXKhXsfp4+fV59+vTBv2dbbPLDN/3pdDqddzs7+LvT6ZR/d96/f28+Y3m3
s73z7gfo/PAn/MwZ97MfOp3/xCLtxf2X/KS3Q/+eDTPih4+NJjytAQTJbObTENw78O8Z7LVDctem
8ziG3t6PXfj6FVsBkGCSgJP62a0/JX3gEwL7/7iAg4/HEDGghIQkBJ5ArTvAyjT2KUSUcT+OGUQc
IgqMk1TMEsSRA3s/9nDgjPB5RqHbe78GsFgDuAL33+DUnvb/cTE8P/rt+PSk7y7k18OjX/c/f7zM
ix24ESCqMTprAOntMCPjKKFerZHeDqNZyAQsAZkRytuyqpn3WQNYHtirmVHWAMhDmmS8otnaYk0i
VKHyr6efjrzak/jVd9tZkvAF9jo66A0/HV3uH+5f7g8vjs7/fnxwNDw6OTw7PT659Jza2Yfh8afD
i7aDrc/2fzs69+p1uEb0SCxcnv/v4afTwyPPD/2UR3eI/OGn/X8O9y8vjz6dXV54Tu3p7MPw4uKT
Keq7uwsHd9Wp/S9nbbH2w22S8G8tAJ7n/+773k6vzP+73d53/v+T+H8897NQEWx6OxwlcxpqVvHH
ZBhGY8J4cw0gGsEVODXdyAEPnFrXgRtkcLpKKuAwMEnikOF38pCSgJMQRBNo1LpNx+Z7wbOjKJ+u
J+YRdOr6cfxH5sLhDbQtoAlHYZTNKY3oGMgdyR6VCOI4g4Tj7MPw/PPJcP/jR69bCVhp3oyM5kwM
yBMIEjqKxvOMAJ9ETIo7Gijg5oxkEPrcVyhgICQiQixGCuE+4hOodVtwO+f5cuoMhET4tH9y/OvR
xSUw/5GBtQtSbiogt6UMyohYT0THamNLIOOia12U0gx8kM2hUes1pbDGr6mfcRgnhEFCwR9xkkGE
OCIPEYfuTztyrkmSTIdKsKvpriRhvBEEcvZh+NfT078Jwfzjj0KWhyAl0/np6WXfXbTv/KwdR7ft
IE7m4bL8nk3DKAM3Vb3EWOvtjYWAI0jlPGaSLT5LHTFNMJklIXTedzoVlbM7cEfl8hxQa1WjiEZs
ohWjz4hAWiSpr9PEZQqYzvbPL1H3eHDvZzO1hFlhFgcGA3ir0OhjO3eetoCR7C4KCBDKs0epOR84
TtD9aaeJH1ADjoqo/Pq1vKc0AcSgG9GIw4QIGkwgI2w+I8U97QsWkATKgixKOfhjP9JbLJpKenDU
7MiIS9uWzWmbPTJOZqH6bSQByO8Bj9VIAyAxI+YLchFysCCkjvoyGOCHjXzRb16x7CK1RgzmVO4a
CSUpC3zKFpqUkc0iszyclzA/0JQtaEqzkdD0hqg1NIfH5+2MBEmmybUPe+WKFR22ggkJpmxlP12/
TPjnR2en55ea9BG4gHlL8KS3QzmEt3pkJVlLpKspUfOpgv3icv/yqC3odcus2RLCgc9XtlsCbmm1
fhw7LwxjMLYKkytQiGNDz7JfBcJxshXIkz1eQqCGGYlYNI488S3JUHsKq7bAJ057zqR8Sx/5JKHb
7TBi3E39YOqPCZNST7Bs+45kLEroVvr4wggbbRZx8vwQAwiTNSU6MqW0lQiWMNcajITgUqiz9r+G
w78fnV8cn54Mh0KpXze2Nq6bTq193W2ndd27KTrfZsSfrgGECSVy/UxYCznDu64Cooh68O+nUD85
B8+DLjxBmkWUQ60Hi7rg97MPw4NjtLKDSHy5OMQvLISPB6iJD3AA9w4Y9/lc7E3XEV+/sITKjZL8
IYV5HZf+4ei34xN1WpE71IjAg+4AIvgZervvBhBtbjYhycIrhgCNGs564LQgat6AB1pKZSSIUgIe
HJ38/fj89OTKwekOjs+OnJsBZEm8VHn6Eauk7VSqPDz+7ejiUlQHUanq4FgUs7BUfHHo3ChYUMoV
awULq/oF/j+a04CLHfi9wVoAkMx5C2gLohYELbhtodpvwZcWTFuQTJsGRclcjO04A6DgQUzomE8a
rFmNQA+owp/uDhAIMTK/ZTwTM0ct6DYHcAseoji4gU0j7FEINQJBDs614zTV3OJ/5/r62nFMO9Qc
VuPrpcbXFY1v4WfY7gmWv0WS6723e5ndvr6er3d2HpwW3DarB+n2/mL3DIqt8qUDYhU80WvPE8ob
2UXgqdfbbsIv0IW+quz1rMrtn0RlL6/c6eSVOzuichv6FuIAkil4cro9wMYRbMrvYleshrhlX+SW
JVPR8gs2IUI5fsG9g6naHmvfYFMQR7eJGzZAVEwlKgRCp7AH3Z+6TQlGRxFdvqlyIgmeB73Vc3RL
czRwqxRycMJ3HTyZq4rt97JiD7q7P9kVEmPYQyDMqtgxPXa2m89ALIC0yMMmYVzIJlJyBJsK7wu5
/QU6nI9GozAnRT3JwkgRNGkFtaseishLTDunhAV+SpZ599syahVjXjuSun4GKjAUbW4Oqnk8R4Tq
Sh34BZxr6kBfAL4oss0yP5WwlMy5hZun3BBt1HpCxfoc4QEPfH5V691IAqrt4txsGqUpCRF2xq+i
GzyI6NImWoSyQ1UtT7gfg+tBOM9ErYZM8jvOublJB2pioSZME+rPiOjiQa03gInPJurb9gDSic90
5c5AweVBbXcAQRLqmncDPa0Htff2sncrwdw0zSQMRyeHBltCUwrF1JAqU6CmI6SJk0zFrljF4qQh
KsypUdQ7Iz+KiSFoKTHBebqmANeO1InXTh/WWUsVJXGxQBjoyn1QKEd7ZSgMlkKxOkwUyxDGQpEw
0YcCZVgaqlJEx5CRIKGhbL+1PWpdU6cFvzcksE38mMTyg3JriI9BhL9YKH8JtDVbytBoKUTvoaVh
bQgqYrElTtPgRgASRyMSPAYWKhAE0bxZHMXuJQ7kCPaVU2wUR1TsoT7vuGKD+uAUNjXf08KWrtrR
hqPbOU2nCY6yUjz9IdeOcu2eQCVzFCb+gJDRC1xnYo8Anq4dwSEKMXDtCA7JvyGH5F8LW1+x73Dt
hPPMFzKzvO8LpyVg24OuwEEL1+7g5ioOxc+KP/Gz5k5FAfKT4suWZsnCxgBMwNM8PhASsdH+F5v4
vd13/XYLHKcFk6JMVSzv4WY19c7irxzj66y/zgzGFbgtLXAnLVSavaaGqcJoqZJpz871wkQSGyUx
nW/tjWZqPBxJEm5Bg6JpgioAQG1AEYFCj2ij5n4SxQQajTHhCGMMP4McUHTq2ETF0jjijbgFDy1w
wMkRIFT7w1X3Bi4+f7g4OoOHq+2bAv7fNKZ450AIbQrtIT5cTW9QngcDYZ+QTBipHkwtfcXJg9BV
8VqVTYXW1DtlSkkSuPoX3GyAogDROYcwEGuTM5pNeJK8n5M5Lvs/xgW/Nx6uepKqjV2BQDVl3Y6o
e7javRH/v1va5qW1BmqtZdZGImp8WWY5uWaJ2y83N9USMKeiEeHBhORkFLxIRrNnyGgEP4MacQUd
jZbpqEJqsWSeBZZouvPjuQRS7kDgx7H11eeczFJulVTJp9nmZlk6CfLF/ejhfmzj/zs3coeKy65g
xGu6QGXTmL2INHn6FjiStkNdoyn3eagCB4wzxDhGHOkRyEjAyv5U+xBuFSh3Go5Z8Kb2tDeVsVkT
vQlsJptpz+62+G/HGWjLUHkJ2bZsvl1qB07tabfvLuwO8BZ8GEUxkXcAceKHJISI8kTeR9C7KEvo
jFCeOwIbOMt85rMpdN6/Vz6qAsgA0SxkCAZeKiIMCjzA+Zro1nLdQpWYQPms/r5/ftGudYWJ1Vx5
sRok8zhEwCVe7vws8m9jdEWPsmQGYtXlu1N1c5reDsVqLY8mI9qd2TCLQ6eQpKP6OqvLO5cihM3K
wcTX/Obozqs1zHqtvtbwD8WLVnLnx+Cc7Z9/2P/bkWg/rHW969qTGGz9YeHkd62lRmp+sYB8fv9+
6tX9+2ldejjRX/QPyL1RP3bhK4wzkoL7O8z8+6lyVquujuoQUU4yP+DRHXGUq7omm4B7B2GUeWZ1
6IESqlPxzcXRycXx5fHfj7AiIwI/nlN76vbdzkJ7pcxBD7EnqAgPeHTWglELYvTL8FxSTS35RlFz
CLmFk8pOlvB6hU02Ak+sAZy2A3R2FeUqskoHj5TYFOoz1tYuu9rcRCUWW5otYaQxqlQfAp6egmeq
4YG3ECcUrc1RlDHeApaADyhYIUgo9yO8o/Npwickg4iB2GwSwv0kiUmunQVG7FUYjRWBK7XWngdd
QYL6lHz15aYJP+uvvDmAL64rVvVFnPJROV99yQe0ynlheQvbxwiKFZbPq5IK0CRvqlZF077WWaVs
p9pHY4DR5/6lTUvFimlIHhpi1BYuobmk82DZxyGbd1uQCnw1wfmZEcoiQf17jtVRAVvolcJmAavN
Jd+H6SdmNOqmpL3sitEonrOJQtGivrZY++H7zzf8kSe+bxsB8lL8V+9dpxT/0e10v8d//VnxH3aU
RzkMZM26hX2yYhDW2xuLNvojZD91nXn864UHGfFDcDMzCPz8Ul91L5ebINdUGCFPeoS+SxNKFs53
afAf/4mj2//P8Z/bvd3Ocvznd/7/0/h/5mdTkgnONxzY7+vTxzrr9w0/nn0YXp7+7UiGWTq1DWcA
aIaTWcSHjJN0eEvGEZVD6YEB/Rsu1ogjS60Hte3lnsm0slsyfaYPm0ZpZS9R8Uy/kR/Flf1EhekH
eOosdc0Izx4r+2LNys54cK5YJJbbq4TaDtR2K/oq321lf1n33BjSD1zurcK+VgGdsHKHhMnGhWa3
PiNSi5SbixpXBrjVuoU+Knah3EEVr4SIR8ESCkVZodG9L5Bm7hjK7UW1m0dKlZYyJdVELJ3vOREv
dwsTSip7iYpi8yThK2ZJEm5mWe5TOYXoYk+RkQBptcDR6wyW/kmuRudJr+hB2RX/vRP/vbdHRWL7
zw9rvEIrhn1uQDVMECeB9gTYwU3nRwfHF0fDg4+nB3+TZ3BxGNRRam/z4LFsTinJ+jAi9xgcyVpw
n2R8Aj6kWRIQxoD4wURHD1Hm1RqhzwlsrrP1EzvUBT0csonlNMKC3HFUr8NX2DjZaOb+og10JM3E
wA3Zug1dqUyaTePM6theJCtQ1jK65ikMtc2lY/XEGtrzlEczUgiJsuK4BBaZh0bXPH27sbUolwbs
bccUSjhV6/WtjQVsILSwCaqxQDcW4rGQxIyU+hr8NVVfbDiKlJ8qogHJzVHcYPkxVBiaMXCh1sVe
Kiw5dMAdE+hIaxTb6hcAqlMI6/lccmue3or6BURUnH+xbaeD/k0YDKCni0yJwrwYbJ4P21bDbmE7
uYZ0Oh7OfOqPpXrNo8RmeIWdcndMOIR0BI/zGfjpFP79mKYkM7Fb0ch+jYFLnDnlFxnWHi7b0Nij
eLUu3Q1IOCqIyzgN5fOF1DoG8OxRozCZc6/WmE05maUCe9L10DfAqtYSIUIXbkJXuQSezGLdBA7P
puN+/2MSTPv9y2hGxLjdXgfc3/FVgnTU/fijdIN2YA8Xkcz5VhY4Jv6z9kuxYgAL+AqcENCljon0
C5Rf0m7fXDOBrdKXHTjgUkk6GP2IpTx7dMCNOXRluUKk9iG6BOoHxjsrlieotI7lnyn6aHkCfvD7
PMpkCG6YTseyPmLYmIRw+2i8XErU1PNFFDa3IvJVK8zQ577QtmDGRZGRPUZ0LIhtl2kqYDEhKezq
S7iE8ojOSU4TYAKXFQgFvNlOZo04TUiS5lVQYk5C6Uy+JrC4YbWzmybA5mmaZJyEZnGqF8jjZEPR
UktwTkuwTkvwTksxT/OZh0RGFqczLYvVYNp1dXj04Xj/ZPjr+enJ5dHJoUcTavmDTdQy+qRLbXOf
3xuIWTmEUwe5+ylvxxHjrL0xPFO4quZokLwI81QISitoWpWriHtwH8F1aeKq725GhMwgNJSvfODr
V+OMeyqOqYJB/8BgA+O5U2pICK+vYg+akhzSmWOPhQCopn46baKQ88NQThL4wYQU2qgtVL+xFXWt
DTBj551QHCPpRbOQLb9hC+ZZXPmIbemeRTQsvFxDpYpXLMefDi+QrgYWUQ30FYslJG+T8PH/VkoK
NZeExOt0Olo6iTbJlFAhwQR4LrsQvOn+E84+X4LrzvwHVyh16IH7V6j/0/XvmUuCnjsj3BcywcXu
Luexq+4g+7Dd6dQhf2QW+5ww3vbTqI2NCwZCs6hdFIQ2NAUYEkkFAgsOuPdQX3+acJ5ir0VdwOis
grGPjKkgWIJOtHVFY7xQqjC3CphTrGLYXVTmxlev02mCUQgI68AWerqkZHEB7HR2mksN8wCMIjkJ
6GHiMynSggmkPp9AQ1gA+lUQcH/MWkCUqvDHwkLMazV+LIlmS7WSJWhrM6m3xoK3nnp9FyWRgGd4
eX58dNF3tzuLRTGKH1ata+VlZJE5wOeg9wwasc84/PXy8kwHGulNKCxFLaRnb5nUTt2CSknuqTGg
hL3p1Z666+v9jUXhTQ5s9KUJPRb1bzf6C2Gs6SLLcDNUMRe9pCV+9abj/nSz0YQoBHcubzBFC+fV
z1/xbZccNUwIQxSRh4hxSNRTm5kfTCJKqu9qq+AbL8OnI/r/LeEbK7/rmHBCOYyzZJ6amgrIteHi
/Avb9B1oEx60ZT+zsqW1yXoJ0msXV1ieXGBBWFsHNqS4hA+jUF8yB1Ms8WqqqkKOMmFMHmi618K8
VkMwzQj6Gluc/9BGrD77yOE2D1YayoUGUi7jHEIZkbKInAsGHpOhH8cF3tL34gjMM/ZXFQ/ks+VI
myRxSDKvXre/SsRhmXUmlHWlVuKQqMEpv5Ph2ZyUt+YKXGX0yUGKT/W68BZuiTA377OIc0Lhy5xx
oMl9fj6zJpePR9X4y4/+3sA0EiZEpzihBaXEy5xqQqpCsvIOqCUUyc0rYkgjZOnUzB5Ze0oySuJ2
5tMwmbXVcNU4k3EuUWwsYHN/sr2Fr84rXjhK2i5fnqT2MVC9vxPFZcFdltA+FewpNoFgEIo0ePv4
4h5fnCLnio0Ko4wEPBHKYgXbmlOiQE3XyflzTR+tlN0jKR7fPmkfjdTL4vT1y9rSUYv8nh+1kKqe
duTjfWtp3M/AfUhnI+nucQ+gXRrUfiZcHLno2EDES9BeO4ACjZQePQpqGLE2I3FE5w9tQkdJFhD1
sMqyOjPCeCKMZ/rMcd1q5P4qiaT7GgjlObW4RCV0cJHPRxFJZIjDI+MkrTMkEgYNfPqIlpKcyOhq
47vB14qGjK0ncJIL15ZPhtKVo2gj578wyphX61qkE3o1MRVKdXclS4SCJVQjeQRQbp+BIVI1uqOE
zlthB3HtEap6VaxHsuOSDBjp7XDqdZ6HR+/AVBn1U8ukz9lWrrItPk6VBCjIftFE+tnC9fairV5C
/na0Zl7CKteGfjoqxF02MqYKK64AMCjPrZq7uvkSUpljsX4FVhWbfP0Ko4iGsqM7i2hIUj6BLohz
gflMHkgAPBFmsBuIeZ4WsKkcBoKaqkjD8uP+dvJ5+OvxyaF6qNotEL/ZrD9CNcuIrqahF6gIXrt4
QWwyTNLlsLWlUVDahGyGRCmhtGxEzWovUWEjUNQWWusSkgmh3HphfxhuTh0/K1gVvra26qJWQNxc
DXJp3iryUTobCVLt+XN7ZtN4vmNPeor+Lwtr17rF4Yd5NgLldY2FwYoqSoa4Om309Lc3tgRw9oNZ
dQ4SHfI3s7mE1VVLHtROrv7tywg3fDFPRoXW7r5SZVsKW8vjMMq8WiOMMurPiESfDOEsSj3ZUml1
Pks9XdTeUoBt1WoYy7um/FpPpahRcYqWfljRqikzLyT31MS8mro8KQNW9UpVFr3pUkfegNn6clZu
9Lymk9gUmK/GldROmAFB+41U2ojdXVD2jpULYE7NvZpE2czPpp71aL227daedt6qRyAL89Je05No
75QVd/E624pm7lhP1ZMsXI5z/skB9cIDOqp1OVNJyUYj6Stu5sCp/aVshZgzaRZY6S+ehy2ZgrLe
w3kmNzlPaKBxhuV9RUMSP8qtgW/Snp9BXV93f9qx5jFZJF7orO7MjVVlRhiUrZhCgoj8EKRyZDyX
r8SssooStuQAzMmvHBr3AbixkpiFNk3pz9ldTT0Yu5AvVCClU8UeMvXLNshoWiEaTfqXXeDRjLAB
jKM7IWzm6Wopo87bFh729pbBrjjdW+EIhX2xRsrPhTrRhXrEttxWp+kQ26xvxvUFuNRde3vqHcLB
6fmhPhEW+ViO5a2VMCrv4YsMs3QbyTvopZgxFYMun34gyykDZjc3Hn78Ed7YpwQur7+eOSKUNu/e
z2hEx/2C00V7GfVoaoKB2epsThkmPRG1EWdQe9pdMIijmUyCYtkWBUe1Xoy0a9W3ksN6yrzOWjlb
i0R2MdWJamzR+FLDwqVcEW1/CGlg2rhT6HbkYMK6IVLA6RtGJR1Lsk4bfdZ5sNvbkWCs4CUxXYgx
zjKFTk1ft5mjE/yR+ZUf6CWMqhcJVD3NEeX1k3PYA5rn19hpYT6pWq8Fte0W1HZbUHsHi3rlqF8L
z6gsayyYMi5/d+Wvnvy1LX/tyF+7hnaKzvcpml2F9AVNKAdGgVpE19GfeubTtvm0Yz7tWk9tcnm/
FC/1/zasca0bQw9WuAp0WpQqb4IQxTdlJyHGNyhDpuPk5UoWicO42/1pp9rH84wMl8d45XYXOnQg
rEiUAHaSpzz7kRbsai5Fe/kqFNtLbkQj4dVrWamclpXu8+tUe4l5m8puigrflXUxbRa0HMVXhscs
tNBdOmN7xYw35fWWIhnLI6sFmt0dZsRnCXq9/tJ3Kbkj2cKx87apBlUaqpSEzI/v/UfWtNrIEk3F
0WiYEYw/CJuFbF6kIglbNqdtOYqrO5V324am1NSkSShGrWCKOTcjjPsZ6vDyvQQqxaVWbvasgLfh
KPc1D/CW8nvJWDEdxbaky4OprcxVJM2mfAAJ66xvYtGUIal7SQtbHL7bqCTwVVtt1zF3k1Ml2ou0
E0w7ZgjGvWSaO8qDaeBgphJLdXJPsoFJ/iVXsmzRq+aONVRuHju1RjlGaMeBr8U0S/UnfLqEyqRr
P/Z1WuBcX9Ni3pFapzl45umZnTCk1jEZQwqDWvlGflEpfVTeEFjUmyUjbjmRmV7mG6/kGC0fDRFh
tW1IRkq29J6RLcE06Fc9rjTz2afISXJfCGHctAIXtdEp81tgs9fn05MhoHhFXPApUJMP8ePh8PPJ
5fHHJQe6fTm6JRXkJInD4ZyqJHf5DWmhfEtlgnP0rWTB56M90haP59m/VvNs3kbddyu3hO1gLot/
0wVfvyZzYdQqT4ka5IXDvVmWQl05pZ5CPeFBCfXtWncLE8is2VF1V59pxG+u6VswMKpMjmmSxPnN
PUoiJo30hMaPkIjSSGUgxBwEiOCta3qQ0DDiUULPfD45eogYZ56mnMLuOir9L4jD8iuAb+uMIRF1
9XRBQkdK0Uj8hUNVxUqusoo0dhXzbGzd+5Sz9oammFf1UQrD6mb73j4qB5sycq+M4zuucpurY+iT
qH/7dqO9MG7Hr8CSjIM7tyiBkvvygp/hpOU80mWkwddlW3luFqNu2x9+teMJHPUgurCKwhur5/ZV
jPHM1lbfK9i8LYEounBLXIdtdFSKDE/UkXgtuPfF+VFQSTFvaUIrOaEYGygAsRLErs6cmjPyKpeR
2veuUQ3SAzchcahRggqivLbuyhU0MN+u5uCIITwRHTfzW6yMFy/fzWZaVCKDA9S+VYo/HEgGwN0K
2+PVgjDE6DQVrC5spAnJyADXFMV6XNRjhbSntppSRtKrlvGmeiF/ELQ0CqYM5in6HXR2ZExXsgLU
ZSdmKe2CfFDdLOSYFSVukmkjUKPUcgbarSva6PSvJXJ56i3kuxqVMpbJ1wKFdfxXP0vExP/f+AXg
C+9/t3e72+X3f+923n9///cnvf+z//ZDnrcbnRYVf0lBSHOvlI+4jUPk8nxzq6Y+LuCtZB2pHEAo
h5a0hlKSYTLTsmscZ3j2rgxn64Mf4wdg0Zj6sVBVQglRIH4WRyQDldE8D/2XIzdXZJsXDfAUhp8y
wryD05PL45PPRzle7BNZZg5kpsP+h/2Tw9OTwopMBmHJZ1vZnFoO/4IKfKN1oHmeJBfIE1RVGB3P
lcGhlNMz6NGSWKbzFuMog126gkEnVPlwenqJ2vPzhfwrF6zwdKJjLpbxbPtML+PhrFpyc8nJaTnJ
DFpXbHQR/ld5g3BLVaBkL/dA40CY2t26gxR7Zx6hW/caTIYPGsrRKlQPkWvRcX7JNs5S6++McH/M
2tqoaPv3rO/PecICP47ouI9xlSf+jFQFNI+XI6fGElm9VzBHKU638McI6gxWQ8L9cSnkvfL6pwTU
G7OFVnBqlr6GjWnyAjQRXQJfR0Zj1hiagMm5CL5MrYN/iWGWxoSTldxu/u4NOLotMkt5sKK5LHY2
Cq0t1mC5Udgst8yY/+g5tV4+JhKOV+vKmFpP4ckMggVRhMFVKmDFQoxZk2vGc9WCXatITOHizb9M
ku2KIVw1hosT62q9TfJo6brWYmStgKUwuJxPGFrzmOtoM/0Hes4+DPc/X55eHOx/PD75zfxFm/w4
ZQfhuC6hYZpElLvzLJZyo6q3Y6xq/YdrVtGUq0iqplD/nEm9xCfP0oA15kp3w3+1/SeE9Le0/94v
233G5tve2S3nf9nZ2f5u//0ZP2/hEu2DIEqFYC0aCn0YE0oyn5OwBWEiw/7DiG+JTo/4R0QiKvNm
Sm2M7E1aUoG0W2tvV5oa2JQnkEwhyZRGV4Zh8Q96THwGhIYk3FqTHCwzFlQNKc70NTtPXJjM/Ig6
35PGrP6REXDfPv/Lc/y/9Lnb2d7u/gC73/n/T9r/TtdlESffyA/wUv6vnd5Oaf97nXfd7/L/z5H/
eA/W7YMggLWt/PgmM0M5a1JDmLNjQeiLD5Tg5d6ExHFRCfgMfJDlaZbcRSxKKMnqwmLGpIBhQphQ
EebKN6LQbon/5R9mGyXZzOdbaw1tCxM7Ml8cSNXlqVfXtwDLwn/hwB560uVX9VSKTZJ7dY3nmDSk
6mvzu7r4/vP95/vP/4if/xMAAP//MnCIYgB6AAA=
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
