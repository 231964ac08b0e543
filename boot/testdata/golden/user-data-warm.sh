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
H4sIAAAAAAAC/+y9/VfjttI43p/5K2a9YRNDTF6A3dukZr8sm7Z8uwscYNv7HODmGFtJvHFk11J4
uZD//XM0kmzZcYB+nrbPuc9nc9olsd5Go9HMaDQz9m7ZFpt895d+2u12++3ODv5tt9vlv+13795l
3/F5p7298/Y7aH/3N3zmjHvpd+32nzFJc3L/IZ/keujdsmFKvOC+YcPDGoAfz2YeDcC5Ae+WwV4r
IDctOo8i6O696cDjI9YCIP4kBivx0mtvSnrAJwT2fzuDg0+HEDKghAQkAB5DrdPHwiTyKISUcS+K
GIQcQgqMk0SM4kehBXtvuthxSvg8pdDpvlsDWKwBXIDzb7BqD/u/nQ1PBz8dHh/1nIX8+XHw4/6X
T+f5YwuuBIiqj/YaQHI9TMk4jKlbayTXw3AWMAGLT2aE8pYssvM2awDLHbu1rJc1AHKXxCmvqLa2
WJMIVaj8+fjzwK09iD89p5XGMV9gq8FBd/h5cL7/cf98f3g2OP318GAwHBx9PDk+PDp3rdrJh+Hh
549nLQtrn+z/NDh163W4RPRILJyf/tfw8/HHgesFXsLDG0T+8PP+P4f75+eDzyfnZ65Vezj5MDw7
+5w96jm7CwtX1ar9f9baYu276zjmfzUDeHr/d951d7rl/b/b6X7b/3/T/h/PvTRQBJtcD0fxnAZ6
q3hjMgzCMWHcXgMIR3ABVk1XssAFq9ax4Ao3OF3FFbAbmMRRwPA3uUuIz0kAogo0ah3bMve92LOj
MB+uK8YRdOp4UfRHxsLuM2ibQGOOzCidUxrSMZAbkt4rFsRxBAnHyYfh6Zej4f6nT26nErDSuCkZ
zZnokMfgx3QUjucpAT4JmWR31FfAzRlJIfC4p1DAQHBEhFj0FMBtyCdQ6zThes7z6dQZCI7wef/o
8MfB2Tkw756BsQqSbyogtyUPSomYT0jHamFLIOOkax3k0gw8kNWhUevaklnjz8RLOYxjwiCm4I04
SSFEHJG7kEPn+x051iSOp0PF2NVwF5IwXgkCOfkw/Pn4+BfBmN+8Ebw8AMmZTo+Pz3vOonXjpa0o
vG75UTwPlvn3bBqEKTiJaiX6Wm9tLAQcfiLHyQbZ4rPEEsP4k1kcQPtdu11ROLsBZ1R+ngNqzGoU
0pBNtGD0GBFICyX1tW2cpoDpZP/0HGWPC7deOlNTmBVGsaDfh9cKjR7Wc+ZJExhJb0KfAKE8vZeS
847jAJ3vd2z8ghJwVETl42N5TWkMiEEnpCGHCRE0GENK2HxGimvaE1tAEijz0zDh4I29UC+xqCrp
wVKj40ZcWrZ0TlvsnnEyC9TfjBOA/O3zSPXUBxIxkv3AXYQ7WBBSW/3o9/HLRj7pVy+YdpFaQwZz
KleNBJKUBT5lDU3KuM3CbHo4LmGerylb0JTeRkLSZ0Stofl4eNpKiR+nmlx7sFcuWNFgy58Qf8pW
ttPly4R/Ojg5Pj3XpI/A+cxdgie5Hsou3NU9K85aIl1NiXqfKtjPzvfPBy1Br1vZnA0m7Ht8Zb0l
4JZm60WR9Uw3GcZWYXIFCrFv6Br6q0A4DrYCebLFcwjUMCMRi8qhK37FKUpPodUW9onVmjPJ35J7
PonpdisIGXcSz596Y8Ik1xNbtnVDUhbGdCu5f6aHjRYLOXm6iz4E8ZpiHakS2ooFS5hrDUYCcCjU
Wetfw+Gvg9Ozw+Oj4VAI9cvG1salbdVal51WUtetbdH4OiXedA0giCmR82dCW8g3vOMoIIqoB+92
CvWjU3Bd6MADJGlIOdS6sKiL/X7yYXhwiFq2H4ofZx/xBwvg0wFK4gPswLkBxj0+F2vTscTPryym
cqHk/pDMvI5T/zD46fBInVbkCjVCcKHThxB+gO7u2z6Em5s2xGlwwRCgUcNa960mhPYVuKC5VEr8
MCHgwuDo18PT46MLC4c7ODwZWFd9SONoqfD4ExZJ3alU+PHwp8HZuSj2w1LRwaF4zILS47OP1pWC
BblcsVRsYVW+wH9Hc+pzsQK/N1gTAOI5bwJtQtgEvwnXTRT7TfjahGkT4qmdoSiei74tqw8UXIgI
HfNJg9nVCHSBKvzp5gC+YCPza8ZTMXLYhI7dh2twEcX+FWxmzB6ZUMMX5GBdWpatxhb/WpeXl5aV
1UPJYVS+XKp8WVH5Gn6A7a7Y8tdIct13ZqtstS8v5+vtnTurCdd2dSed7j/Mln6xVj51QKyCK1rt
uUJ443YReOp2t214Dx3oqcJu1yjc/l4UdvPCnXZeuLMjCrehZyAOIJ6CK4fbA6wcwqb8LVbFqIhL
9lUuWTwVNb9iFSKE41dcO5iq5THWDTYFcXRsXLA+omIqUSEQOoU96HzfsSUYbUV0+aLKgSR4LnRX
j9EpjdHApVLIwQHftvFkrgq238mCPejsfm8WSIxhC4Ewo2Ana7GzbT8BsQDSIA+ThHEim0jJIWwq
vC/k8hfocD4ajYKcFPUgi4yLoEorqF21UERe2rRzSpjvJWR57/61G7VqY15akrp+ACowFG5u9qv3
eI4I1ZRa8B6sS2pBTwC+KG6b5f1UwlI85wZuHnJFtFHrChHrcYQHXPD4Ra17JQmototjs2mYJCRA
2Bm/CK/wIKKf2qgRygZVpTzmXgSOC8E8FaUaMrnfcczNTdpXAwsxkVWh3oyIJi7Uun2YeGyifm33
IZl4TBfu9BVcLtR2++DHgS5529fDulB7Z057txLMzayahGFw9DHDlpCUQjA1pMgUqGkLbmLFU7Eq
xmNx0hAF2alRlFsjL4xIRtCSY4L1cEkBLi0pEy+tHqyzpnoUR8UHQkFX5oPCc9RXhkJhKTxWh4ni
M4Sx8Eio6EOBMnwaqKeIjiEjfkwDWX9re9S8pFYTfm9IYG38GkfyizJriK9+iH9YIP8ItNlNpWg0
FaL3UNMwFgQFsVgSy85wIwCJwhHx730DFQiCqG4XezFbiQM5gn1hFStFIRVrqM87jligHliFRc3X
tLCkq1a0Yel6lm3ZYCktxdVfcuko5+4KVDJLYeIPMBk9wXUm1gjg4dISO0QhBi4tsUPyX7hD8p+F
pa9Yd7i0gnnqCZ5ZXveF1RSw7UFH4KCJc7dwcdUOxe9qf+J3vTsVBchval829ZYsLAzABFy9x/uC
IzZa/2ITr7v7ttdqgmU1YVLkqWrLu7hYtl5Z/JNjfJ311lmGcQVuUzPcSROFZtfWMFUoLVU87cmx
nhlIYqPEpvOlvdKbGg9HkoSb0KComqAIAFALUESgkCNaqbmdhBGBRmNMOMIYwQ8gOxSN2iZRsSQK
eSNqwl0TLLByBAjRfnfRuYKzLx/OBidwd7F9VcD/q8YU7xwIobaQHuLLxfQK+bnfF/oJSYWS6sLU
kFec3AlZFa1V6VSoTb1VqpQkgYt/wdUGKAoQjXMIfTE3OWK2CA9y7+dkjtP+03bB7427i66k6kyv
QKBsWbYjyu4udq/Ev2+Xlnlprr6aa3lrIxE1vi5vOTlniduvV1fVHDCnohHh/oTkZOQ/S0azJ8ho
BD+A6nEFHY2W6aiCa7F4nvoGa7rxorkEUq6A70WR8dPjnMwSbjyp4k+zzc0ydxLki+vRxfXYxn93
ruQKFaddsREv6QKFTWP2LNLk6VvgSOoOdY2m3OahHliQGUMyw4glLQIp8VnZnmoewo0HypyGfRas
qV1tTWVsZqM1gc1kNW3Z3Rb/7Fh9rRkqKyHbltW3S/XAqj3s9pyF2QBegwejMCLyDiCKvYAEEFIe
y/sIehOmMZ0RynNDYANHmc88NoX2u3fKRlUAGSCcBQzBwEtFhEGBBziejWYtxykUiQGUzerX/dOz
Vq0jVCx75cWqH8+jAAGXeLnx0tC7jtAUPUrjGYhZl+9O1c1pcj0UszUsmoxoc2YjmxwahSQd1ddZ
Xd65FCG0KzsTP/Oboxu31sjma7Q1ur8rXrSSGy8C62T/9MP+LwNRf1jruJe1B9HZ+t3Cyu9aS5XU
+GIC+fje7dSte7fTurRwor3oN8itUW868AjjlCTg/A4z73aqjNWqqaUahJST1PN5eEMsZaquySrg
3EAQpm42O7RACdGp9s3Z4Ojs8Pzw1wEWpETgx7VqD52e015oq1R20EPsCSrCAx6dNWHUhAjtMjzn
VFODv1GUHIJv4aCykcG8XqCTjcAVcwCrZQGdXYS5iKySwSPFNoX4jLS2yy42N1GIRYZkixlpjCrF
h4Cnq+CZanjgNUQxRW1zFKaMN4HF4AEyVvBjyr0Q7+g8GvMJSSFkIBabBHA7iSOSS2eBEXMWmcQK
wZFSa8+FjiBBfUq++Hplww/6J7f78NVxxKy+ilM+CueLr3mHxnNemN7CtDGC2grL51VJBaiS26pW
UbWvtVcJ26m20WTA6HP/0qIlYsY0IHcN0WsTp2AvyTxYtnHI6p0mJAJfNlg/MEJZKKh/zzIaKmAL
rRLYLGDVXrJ9ZO3EiJm4KUkvs2A0iuZsolC0qK8t1r779vkLP/LE99d6gDzn/9V92y75f3TanW/+
X3+X/4fp5VF2A1kzbmEfDB+E9dbGooX2CNlOXWce/njmQkq8AJw06wR+eK6tupfLVZBLKpSQB91D
z6ExJQvrGzf40z9ReP0/7P+53dlu7yz5f3ba3/b/37T/Z146JanY+dkO7PX06WOd9XrZfjz5MDw/
/mUg3Syt2obVB1TDySzkQ8ZJMrwm45DKrnTHgPYNB0vEkaXWhdr2cst4Wtksnj7Rhk3DpLKVKHii
3cgLo8p2oiBrB3jqLDVNCU/vK9tiycrGeHCumCQ+N2cJtR2o7Va0Vbbbyvay7Kk+pB243Fq5fa0C
OmblBjGTlQvVrj1GpBQpVxcljnRwq3UKbZTvQrmBerwSIh76SygUzwqVbj2BtOyOoVxfFDu5p1Rp
KlNSTcTS+J4T8XKzIKakspUoKFaPY75ilDjm2SjLbSqHEE3MIVLiI60WdvQ6g6X/5K5G40m3aEHZ
Ff+8Ff+8M3tFYvvzu82sQiu6fapD1Y0fxb62BJjOTaeDg8OzwfDg0/HBL/IMLg6D2kvtde48ls4p
JWkPRuQWnSNZE27jlE/AgySNfcIYEM+faO8hytxaI/A4gc11tn5kurqghUNWMYxG+CA3HNXr8Agb
Rxt2bi/aQEPSTHTckLVb0JHCxLYzY1bbtCIZjrKG0jVPYKh1Lu2rJ+bQmic8nJGCS5ThxyWwyFxU
uubJ642tRfmpz163s4cSTlV7fWtjARsILWyCqizQjQ/xWEgiRkptM/zZqi1WHIXKThVSn+TqKC6w
/BooDM0YOFDrYCvllhxY4IwJtKU2inV1BIBqFMB6PpZcmofXonwBIRXnX6zbbqN9E/p96OpH2ROF
edHZPO+2pbrdwnpyDsl0PJx51BtL8Zp7ic3wCjvhzphwCOgI7ucz8JIp/Ps+SUia+W6FIzMaA6c4
s8oRGcYaLuvQ2KJ4tS7NDUg4yokrMxrK8IXEOAbw9F6jMJ5zt9aYTTmZJQJ70vTQy4BVtSVChCzc
hI4yCTxkk3Vi+HgyHfd6n2J/2uudhzMi+u102+D8jlEJ0lD35o00g7ZhDycRz/lW6luZ/2ftfbGg
Dwt4BE4I6KdW5unnK7ukWd9eyxxbpS3bt8ChknTQ+xGf8vTeAifi0JHPFSK1DdEhUD/IrLNieoJK
6/j8C0UbLY/B83+fh6l0wQ2S6ViWhwwrkwCu7zMrl2I19XwShcWt8HzVAjPwuCekLWT9IstI70M6
FsS2yzQVsIiQBHb1JVxMeUjnJKcJyByXFQgFvJlGZo04TUiS5pVTYk5CyUxGExi7YbWxm8bA5kkS
p5wE2eRUK5DHyYaipabYOU2xdZpi7zTV5rGfCCTKeHEy07xYdaZNVx8HHw73j4Y/nh4fnQ+OPro0
poY9OPNaRpt0qW5u83sFESu7cGondy/hrShknLU2hicKV9U7GuRehHkiGKXhNK2eK497cO7BcWjs
qN9OSgTPIDSQUT7w+JgZ4x6KfSpn0D/QWT+z3CkxJJjXo1gDW5JDMrPMvhAAVdVLpjYyOS8I5CC+
509IoY5aQvUXa1HHWICs77wRsmMkvXAWsOUYNn+eRpVBbEv3LKJiIXINhSpesRx+/niGdNU3iKqv
r1gMJnkdB/f/t1xSiLk4IG673dbcSdSJp4QKDibAc9iZ2JvOP+Hkyzk4zsy7c4RQhy44P0P9n453
yxzid50Z4Z7gCQ42dziPHHUH2YPtdrsOeZBZ5HHCeMtLwhZWLigIdlG6KAhNaAowxJIKBBYscG6h
vv4w4TzBVou6gNFaBWMPN6aCYAk6UdcRlfFCqULdKmBObZVsu4vCXPnqtts2ZAIBYe2bTE8/KWlc
ADvtHXupYu6AUSQnAT1MPCZZmj+BxOMTaAgNQEcFAffGrAlEiQpvLDTEvFTjx+BoJlcraYKmNJNy
ayz21kO35yAnEvAMz08PB2c9Z7u9WBS9+GHVvFZeRhY3B3gc9JpBI/IYh5/Pz0+0o5FehMJU1ES6
5pJJ6dQpiJT4lmYKlNA33dpDZ329t7EoxOTARk+q0GNR/nqjtxDKmn5kKG4ZVcxFK6mJX7xqO99f
bdgQBuDM5Q2mqGG9OPwVY7tkr0FMGKKI3IWMQ6xCbWaePwkpqb6rrYJvvAyf9uj/t4RvrOyuY8IJ
5TBO43mSlVRArhUX619Yp2dBi3C/JdtlM1uamyyXIL10coXpyQkWmLVxYEOKi/kwDPQlsz/FJ25N
FVXwUSaUyQNN95qZ12oIZtaDvsYW5z/UEavPPrK7zYOVinKhguTLOIYQRqTMIudiA4/J0Iuiwt7S
9+IIzBP6V9UeyEfLkTaJo4Ckbr1u/pSIw2fGmVCWlWqJQ6IGpxwnw9M5KS/NBThK6ZOdFEP1OvAa
rolQN2/TkHNC4euccaDxbX4+MwaXwaOq/+Wgv1cwDYUK0S4OaEAp8TKnmpCqkKysA2oKRXJzixjS
CFk6NbN71pqSlJKolXo0iGct1V01zqSfSxhlGnB2f7K9hVHnFRGOkrbLlyeJeQxU8XficZlxlzm0
R8X2FItA0AlFKrw9jLjHiFPcuWKhgjAlPo+FsFixbbNTokBNx8r355o+Wim9R1I8xj5pG42Uy+L0
9X5t6ahFfs+PWkhVDzsyeN+YGvdScO6S2Uiae5wDaJU6NcOEiz0XDRuIeAnaSztQoJFS0KOghhFr
MRKFdH7XInQUpz5RgVWG1pkSxmOhPNMnjutGJedHSSSdl0Aoz6nFKSqmg5N82otIIkMcHhknSZ0h
kTBoYOgjakpyoExWZ7YbjFbMyNgIgZO7cG35ZChNOYo28v0XhClzax2DdAK3JoZCru6s3BKB2BKq
kjwCKLNPPyNS1bulmM5roQdxbRGqiirWPZl+SRkYyfVw6rafhkevwFQp9VNDpc+3rZxlS3ydKg5Q
4P2iirSzBeutRUtFQv40WMsiYZVpQ4eOCnaXjjJVhRVnAOiU51SNXV19CanMMrZ+BVbVNnl8hFFI
A9nQmYU0IAmfQAfEuSD7Tu6IDzwWarDji3EeFrCpDAaCmqpIw7Dj/nT0Zfjj4dFHFajaKRB/tlh/
hGqWEV1NQ89QEbx08oLYpJukw2FrS6OgtAjpDIlSQmnoiHqrPUeFDV9RW2DMS3AmhHLrmfVhuDh1
/K5gVfja2qqLUgGxvRrk0rhV5KNkNhKkWvOn1syk8XzFHvQQvfcLY9U6xe6HeTYCZXWNhMKKIkq6
uFottPS3NrYEcGbArDoHiQZ5zGzOYXXRkgW1nYt/8zLCCZ7Nk1EhtTsvFNmGwNb8OAhTt9YIwpR6
MyLRJ104i1xP1lRSnc8SVz9qbSnAtmo19OVdU3ath5LXqDhFSzusqGXLzAvxLc18XrOyPCkDFnVL
RQa96aeWvAEz5eWsXOlpSSexKTBfjSspnTADgrYbqbQRu7ug9B0jF8CcZvdqEmUzL526RtB6bdup
Pey8VkEgiyzSXtOTqG+VBXfxOtvwZm4boepxGiz7OX9vgYrwgLaqXc5UUtLRSPKCmzmwav8oayHZ
mTT1jfQXT8MWT0Fp78E8lYucJzTQOMPnPUVDEj/KrIExaU+PoK6vO9/vGONkWSSeaazuzDOtKuuh
X9ZiCgki8kOQypHxVL6SbJZVlLAlO2BWfuXQuPXBiRTHLNSxpT1ndzX1oO9CPlGBlHbV9pCpX7ZB
etMK1pilf9kFHs4I68M4vBHMZp6s5jLqvG3gYW9vGeyK073hjlBYF6On/FyoE12oILblujpNh1hm
fTOuL8Cl7NrbU3EIB8enH/WJsLiPZV/uWgmj8h6+uGGWbiN5G60UM6Z80GXoB245pcDs5srDmzfw
yjwlcHn99cQRobR4t15KQzruFYwu2sqoe1MD9LOlTueUYdITURpyBrWH3QWDKJzJJCiGblEwVOvJ
SL1W/SoZrKfMba+Vs7VIZBdTnajKBo0vVSxcyhXR9oeQBlkdZwqdtuxMaDdEMjh9w6i4Y4nXaaXP
OA92ujsSjBV7SQwXoI+zTKFT09dt2dEJ/sj4yg70HEZVRAJVoTnief3oFPaA5vk1dpqYT6rWbUJt
uwm13SbU3sKiXtnrYyGMytDG/Cnj8m9H/unKP9vyz478s5vRTtH4PkW1q5C+wIayYxSoSXQs/a2b
fdvOvu1k33aNUJuc3y/5S/33us1M65miBytMBTotSpU1QbDiq7KREP0blCLTtvLniheJw7jT+X6n
2sbzBA+Xx3hldhcytC+0SOQAZpKnPPuRZuxqLEV7+SzUtpe7EZWEF89lpXBaFrpPz1OtJeZtKpsp
KmxXxsV0NqFlL74yPNlEC82lMbZbzHhTnm/Jk7Hcs5pgtrrDlHgsRqvXP3oOJTckXVhm3jZVoUpC
lZKQedGtd89so458oqk4HA1Tgv4HgV3I5kUqkrClc9qSvTi6UXm1TWhKVbM0CUWvFUwx56SEcS9F
GV6+l0ChuFTLSZ9k8CYc5bZZAN5Sfi/pK6a92JZkuT81hbnypNmUAZCwznqZL5pSJHUrqWGLw3cL
hQRGtdV2rexucqpYe5F2/Gk764JxN57mhnJ/6luYqcQQndyV2yBL/iVnsqzRq+qW0VWuHlu1RtlH
aMeCx2KapfoDhi6hMOmYwb5WE6zLS1rMO1Jr2/0nQs/MhCG1dpYxpNCpkW/kvUrpo/KGwKJul5S4
5URmepqv3JJhtHw0RITVtiEeKd7SfYK3+FO/VxVcmY1nniIn8W3BhXHTcFzUSqfMb4HVXp5PT7qA
4hVxwaZAs3yInz4OvxydH35aMqCbl6NbUkDOacjdWie/GlUPtnTyt/wecjkBnQKUcL8EKJoWRU9b
mHSl5It28YWG/OqSvoZsIVT+wySOo/y+G/cvk6ptTKN7iMXTUOXtw8h9hHHrkh7ENAh5GNMTj08G
dyHjzNX4LuDEUklzxWfvD0yjpfNthNTRw/oxHRXNpto4b7C7PBHaavaV11FX/8pCY9ray5Iwa4KB
wPFc6PfKaKQ6ecbOMYmjwMjOuTptZd501Xldnf062b6U5o8JiQKNLNydpTnUOnDrieOH4BXFtJcN
THaqCSFkCE9Ix3Z+hZDy4s2nBODNG/PoLW9m1aJWIhw7kt5H14Lxvxj1AboGKU9hIaAmJCV9nFMY
6X6RiRRyTpo8QkmoF03jVfVE/iBoSehPGcwTPPTp1LSYK2IFqMsWpFLMu4xmtQsJPsUTJ061BNYo
NSwxZu2KOjr3ZolcHroLGdSg8nUy6apdmMe3mLD/3gcTv//FEWDPxH9u73a2y/Ffb3fefYv/+pvi
v8zc/3neZjy0VmTSF6cgt5SPtoVd5CJlc6umvi7gtdy9UuCDEPhNKdcTkmIyy7JpFEd48q4ER+uB
F+EXYOGYepHQ4WKKdyVeGoUkBZXROnf9lj3bK7KNiwqoheO3lDD34Pjo/PDoyyDHi6mRp5lCnjXY
/7B/9PH4qDCjLIOs3Gdb6ZwaBt+CFH6lxXAWniInyGOUlugdzZVxRsnHJ9CjhYFM5yz6UVqKNAWC
Tqjx4fj4HAX4lzP5lgNWcJ1vZxeLeLZ5olVm4aqasr1k5DKMJBlaVyx0Ef4XWQNwSZWjXDe3QGJH
mNrbuIMSa5cFIRt2bSbdxzLK0VJcd5EL8nF+yTJOE+M9E9wbs5bWa1reLet5cx4z34tCOu6hX92R
NyNVDq3jZc+ZsURW9wWbo+SnWUhGX2ewGhLujUsuz5Xm/xJQr7IlNJwT0+Ql25jGz0AT0iXwtWcs
Zg2hMWQ598CTqVUwE/8siQgnK3d79t4TsHRd3Czlzooqv1jZMDCWWIPlhIFdrpky7961at28TyQc
cQDDOboKT1kn+CAM0blGOSwYiMnm5GT9OWrCjvFIDOHgza9MkuyILhzVh4MD62K9TPKQ5DjGZGSp
gKXQuRxP6HrziGtvI/2ClpMPw/0v58dnB/ufDo9+yt5okr+WxXTCcBxCgyQOKXfmaST5RlVrK1Ps
9YtLVtGUo0iqplD/lFa/tE+epAGjz5VnrP9I/Y+x2f/0+5/etd/uLsX/725/0//+Jv0vy7hmZtLK
WCOKj7Ozz0JX82aEk7TkOmbYPlR6+hf7zOv6jTwau87sihgc491SQnhRdiv0u3tO0JQgvjwR9KVS
1CuthLHZGmjHIunoJhMFFx1bDNOHrFLk7VIJy1zDCGwLSadvTnP7Klf/L0cwq9tyFrRuPao0LjYJ
Rxy287sGf87BGXWhUFXn0n+F+Str7avNzTpkt4GBm02q/iCzfWGur5DyRuPoVCZ5akE9fznUh/3z
g597Tqe9sOo2WFuYWsxSBlrYgxEs6oXJG455Pw7OD34e/v+H5+eD0+HnMxlira5tMy02pgTiEXhw
PU8Z7wFLskXF3F+A6RMzndOtNeIAnH0KztEOOHy+A0hPc+l+DY/AU3ACqEM9u4a+VXfUKaxDYxku
eWdtGxc6lqx/a8Tt5nbx9nZQB11BxwvbhXc+5JcGYvuYTgDK2exaeprJpWhtSKyal+ui3bUnEx0+
iAbrss7Cgjc5Bdx6IS/48byoe/QlkeeeQtcYQmvqmqUjje928qGLF5lly7reu44P9bVwhgGRX1lM
mxCzJrB7tnbjpWwYhGkTBNmCKx5ueen45qJz1cx/dK/WZFynCw+LNTE99FKgeY3t3pV8bQdq/HFC
aAOzohPqx0FIx6415yPnH5YNHoNRr5AKTqhWCNcWpl4b2VtjwhvWSc7MmnBxZfeMm2SQ5tWL5MIS
Oqh1dQUuJBfWr140J9bVWioT1+bAiOktQ9MEkqZxylyLzdM0HnucyPyrBTgFjJgiLaQm6GK5mpLl
Ch13nvo6fe9WyngaJg3rklr2lkwGaF1yqwndQrZhbIuKjegZsygV5ojE3nhBlsl1Js8D66yHckA5
m2TiANaZJXadBFnCqkC3m+jK6IqVZDwgaWoXYEBMdgqPCj7RiCBBGDHbksvOthKPT7a+xiFt5PQl
hrYF4W0dD387PT769F/wKH8dnA72z/WP89MvRwdNaMdv2+0cELmObGsU4BCjoAnWrVW1npTcihVw
LbmCN0WE3myhu2FDEY+Y/5W9JqYuzqiN1LfX6mBkjizydGMrC2otbkjNdYy7Q8l19PWh4J9mkLvs
SKehrXoRywPQzc0+eJhAvg0LmTg+v5QLYD2wMC+lp97QYibrAMZmZXc1PRVbu1cjVOuwsSg8eL0B
C/M+cm9vKePsEu9ZutYrTZSkqRD/hegg7S9qSPnKg6zipzdim9QaUuB2iotjm2xbZUAVTYp6kPYE
Lo0pry80r89VLKoNBrhD0OH9meAHQeXV8Q+ipOi+LjpVgjw/SYpFGxPu5JocOI4gfycgfnqfqINk
POfJXDJzcPCgyLQ/unHOE5rDHz/fma2WfekINXJ7bEI2zsfB/sdPh0eDntP5R3thZgupcFqjOoFK
yVFNW7KKWW/zQ6Uy9SDmxNyFoMyfkDTNr/NLJqyC/SN3BDLmZhL0jOnQXDljhblXOjgzHECdT9KY
8+gx9TgBcuejNvzI4xjezzx6D+9T8vucMM4e1Rd05csqqru1OfVuvDASXPwRY+ipF8F7NCWm8B6l
U/Zc/jJPw5QSnz+qv2FMH9HJ7T28j+dcvxJKY6bgmpFjIHe98b1E5ovJdM6DX45//HH4Yf9sgHrj
bru9gB9+ALlye9Bpw3vxTw+XFLXWLKRGIt1LLHAiAtZSpwf7J9gnZs9ZGO6HAoinK/95Sqgcz1Q8
L8CgbVHdtjG3SIkQjI6IOFbJjDl/hvKqOFRu4aQFotfiwirU8Qt1ZEzXt2uz/zUfGQHz19t/3i3b
fYo2n5L9Z7vzHex+s//8Tevf7jgs5OQvsgQ+l/93p1vO/9ltv+18s//9HZ/X0g+u0wNBAGtb+fWd
zAxrrb2G8wnJ7w7TORWqMr7QA79Qgs59ExJF8iyFOiBpiiOSB/J5ksY3IQtjStI6g5DiiTeICWuu
vYbM5TOk0GqKf+WLmUdxOvP41lpDa7DE1JH9AFpKgXTrSlw9mC8JCOKZF9KFBXvo6SV/qlQJbBLf
avGWvYZA/bTX/t/j/+2uzMHz1zCAZ/f/zrvy/u/ufLP//537v9sDJID/VAbACePoEltiAjiphWW9
aN/nLnpQp+OQ3tW1u9r/XpaA71n+iy8An9n/O93dJf1v91v+77/t/i/3TUgK3qmcSS8H7qVjwofy
tYjFqz8d4sWz1La/eemMBL0NWx4h0Z9J+YHW6+qhjGE33EML3lL5+7+N6BPZUNk11Mvkjb76MArL
YR4m2OakjIBo9N8w/Ctaso3h7SBfoVnK85N1UwyNxmdZdDQ8Qscu5ZCr9nMtueq8AJ7KrGv6BtQM
UkCQlA0Ss2KHdKiQWMi+0DNTDYm6FUu/OitghoFbZsb5HdIz5eP9iGu/nE8vCzQoJL6SBp3f9g/P
h4dH54PTX/c/9ZzdRTHNqKQPNYkVEdflCewt0dcWJbc6/cCKwgqaLGyBZPkl9yvehl9Zu/hy+5Xv
vlcJLsur90QYyOqgdCMGotRyvbWxyAPyzXrFmAoVUECioOCYfwEOg5XxAFXepKKGW2uwOOXgzJ9o
i+a2+iWta4PbUqCgUiEwrZFqBnzicbxBVUGShZiDnkxULQZaB6QudRXAbny8DFCFpm1ZqwfSun/j
W5k/+4qbgNHqOalky7gti6uaXA+TOI6yC50lAizxo55dSG0rY2pMbnyqXEEf9YOfw2uSUo+TwDbY
8HKs+Uy+bl5MqJ/nSsdnMqZcsOZC6IaO4YlhHBshO0vpNNXWx0iHpeiZwBFK5ouD4mlcaDchKeZd
FpitCjXRSLL7qMvq+ALFc9yOYKqFJqu9IM1hHQdDqZbjhsBxAiKzjIQxdeuF/M05Qsuj1rVTXgJn
3KOBlwbHeDPjfo3nKfWiTT+mLI6IWWOQpnG6XMFhhBN64+ZzLD/KWK27iv1C6zqkLTbRASsr0hMY
JFNAtUAOVCAH6ehpTHwzOX/7fPt8+3z7/Pmf/xMAAP//CWKQMwCWAAA=
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
