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
export PB_IMDS PB_SSM_ENDPOINT PB_S3_ENDPOINT PB_SSM_DEADLINE PB_SSM_ATTEMPTS PB_FETCH_JITTER_MS PB_TOKEN
if [ -z "${PB_PHASE:-}" ]; then
  # The parent unpacks the bundle, keeps the variables' values in a directory only root can read
  # (on /run, a tmpfs, where there is one), and runs the two phases through the mask and tee, so
  # that every line reaches the console, cloud-init's output and the log, with no sensitive value.
  mkdir -p "$(dirname "$PB_LOG")"
  PB_DIR=$(mktemp -d "${TMPDIR:-/tmp}/parbake-boot.XXXXXX")
  PB_VARS=$(mktemp -d /run/parbake-vars.XXXXXX 2>/dev/null || mktemp -d "${TMPDIR:-/tmp}/parbake-vars.XXXXXX")
  trap 'rm -rf -- "$PB_DIR" "$PB_VARS"' EXIT
  base64 -d >"$PB_DIR/bundle.tar.gz" <<'PARBAKE_BUNDLE_END'
H4sIAAAAAAAC/+x8+3PbNvJ4f9ZfsWHkSLJF62E7uUpVek6itp4mtsd2evcd29XQJCQxokCWgPw4
R//7d3YBkCAlO+lnrvk8zppMTOKxWCx2F7vYBb0bsS2m3/2lv3a73X65u0t/2+12+W/71atX2TOV
d9o7uy+/g/Z33+C3ENJLv2u3/x2TtCf3v+SXXI28GzFKmRfc1RtwXwHw4/nc4wG41+DdCHjdCth1
iy+iCLqvX3Tg82dqBcD8aQxO4qVX3oz1QE4Z7P/jFN6+P4BQAGcsYAHIGKqdPlUmkcch5EJ6USQg
lBByEJIlOIofhQ68ftElwCmTi5RDp/uqArCsAJyD+y9wqvf7/zgdnQx/Pjg67LlL9fpu+NP+x/dn
ebEDl4iihtGuACRXo5RNwpgPqvXkahTOA4G4+GzOuGypqkbepwKwCnhQzaBUANhtEqdyTbPKsqII
qkn5y9GH4aB6j396biuNY7mkXsO33dGH4dn+u/2z/dHp8OS3g7fD0fDw3fHRweHZwKkevxkdfHh3
2nKo9fH+z8OTQa0GF0QeRYWzk/83+nD0bjjwAi+R4TURf/Rh/5+j/bOz4Yfjs9OBU70/fjM6Pf2Q
FfXcvaVDq+pU/+5UlpXvruJY/tUK4HH57+x0Xu6U5X+v036S/28k/5OFlwaaYZOr0The8MCIijdh
oyCcMCEbFYBwDOfgVE0jBwbgVDsOXJKA84e0AoGBaRwFgt7ZbcJ8yQLAJlCvdhqOLfcos+MwH66L
4yCful4U/ZmxCHyGbRN4LEkZpQvOQz4Bds3SO62CJI2g8Dh+Mzr5eDjaf/9+0FmLWGnclI0XAgHK
GPyYj8PJImUgp6FQ6o77GrmFYCkEnvQ0CQSgRiSMEVIAN6GcQrXThKuFzKdTE4Aa4cP+4cFPw9Mz
EN6dAGsVlN7USO4oHZQynE/IJ3phSyjTpKsd0tICPFDNoV7tNpSyptfESyVMYiYg5uCNJUshJBqx
21BC5/tdNdY0jmcjrdj1cOeKMZ4hgxy/Gf1ydPQrKuYXL1CXB6A008nR0VnPXbauvbQVhVctP4oX
war+ns+CMAU30b0Q1kZrc4l4+IkaJxtkW84TB4fxp/M4gPardntN5fwa3HG5PEfUmtU45KGYmo3R
EwyJFiruazcgnRcAOdDvU1Xn+90GPdDeNS4S4fPn8mrwGGjubshDCVOG3BNDysRizoqr0UPmVawl
/DRMJHgTLzSLg03VSjp6dBKhFYKnC94Sd0KyeaD/ZjIM6t2XkYbUBxYJlr0Q/5PsIQu09Yue9mY+
6WdfMe0in4UCFlzRmwWKCTm7VXKZMSEJSJhNj8ZlwvMNTyI3GAHAPTpjR4PNu4OTVsr8ODWM1oPX
5YpVnjsZHh+dnBmuS65GfjhAZRCnpDHRkilQ2GkthOLp5E5OY77TCkIh3cTzZ96ECcXpuNita5aK
MObbyd0XIGy2RCjZ4yD6EMQVzXSpVtRa7BTO1bpgAbgcaqL1+2j02/Dk9ODocDRCRX5R3968aDjV
1kWnldRM7wZ2vkqZN6sABDFnav4Cd4icVVxXIwFdy1z8DN7NDGqHJzAYQAfuIUlDLqHahWUNOQVr
3WsQ0pMLMSBBdq8hZX6YMGUEnQzfHhwPVXEcmcKj96pIbUwDvXw/D0/PqPiTiLnpjsumxNu9Bj8c
0Kz8kF5FoF5F4ECNyDZecF/iLP6oiwbcw0Qsruqti4tWE5yLi4sLpwmi0dfFji51dKnWWM6F44BQ
f5YE9V4zK9/aMk/enJ3zSxhAtduHqSem+m2nD8nUE6Zytw9C6ue9PvhxYGpe9iFYpPrlVS7s9eoe
KV0xC5OEBU4DZCy9CLayZgqn4eG7DC+kP4MB1NVC4GK1G/AjOPHMgZ5djGoNK7LNBeudsRdGLDAi
SWs8Buf+ggNcOGo1L5webIimLoqjYgFqA21lFMqJxUfI44VirbmKZYRjoQj1wQhJRqWBLiVyjATz
Yx6o9ts74wwIS6js3GnCH3WFeoMe40g9aFsIH/2Q/ohA/UEiNpqamZua7K+JGTVlopAjmY3+c5GG
PXAKdM/JXqD6Q0SvO6ad03Aa4GQioR9AqOWoOwqhAc5WOBo9o61RjdVDGECnDyH8MADeh3Brq5Fx
SL6qGwJJBXB/4SATa4LDhYNMnL8RE+evhdVZszRw4QSL1EPRKy/N0mkibq+hgzRo0twdojgJUXhJ
zyRC+lkJkH4RUj2R6ISXTZKa8LK4MABTGICG0QeS7t/F1OvuveyhkDtNmDaytihlBBbXBherYVaW
/uQU3xC9DZFRXKPbRPBCpvVpEzpN6HQbBqd8BNpw82GK8vzoWF8YSFFDj7OslJf20sjdlPmzTBDq
HF4rxsRavQBFAvowyEyBm2kYMajXJ0wSjhH8AAogdmrbTCWSKJT1qAm3TXDAyQkwgwHcnncu4fTj
m9PhMdye71wW6P+sPqPTA8Z4AxU1PpzPUBlubfl9iNOApec+vs+yeQJINCcGEGUFxPifFON/QsZ/
2YdPyPiKBc5/h8tN0ByAnXMMfZybGjFbhHulQXI2p2n/26Tgj/rteVdxNeGiSnax5PZ87xL/f7my
uCsz9PUMywJNrFP/tCpoaqaKop8uS5KzyjtjJv0py5nH/yLzzB9hnjH8ABriA9wzXuWeNbpKxIvU
txTStRctFJKK7r4XRdarJyWbJ9IqWaeV5ltbZZ2ETEvr0aX12KH/dy/VChWnvUb8LvjyghPkLxJN
WVJII7Wp1wyZBpkxqwscLX2DkpW7rYqdVbO46CDZNpRVoK1sGqTgHnWNeyTEvEGmopirZsZV28H/
dp3MYtLOg9hRzXdK7dAu3kOL2OoAz8GDcRgx5dRHsRewAEIuY3XAwK/DNOZzxmXuH9RplMXcEzNo
v1LGUAllgHAeCEKDTgkJB40e0HgN8D0JrluowgG0F/Hb/slpC30QgMaDJ6V+vIgCQlzR5dpLQ+8q
It9ynMZzwFmXD0P1UWhyNcLZWo6OYMbLqWeTI4tfMVZtQ9TUIUoRw8ZaYPiaHwVdD6r1bL5WXwv8
bfHklF17ETjH+ydv9n8dYvtRtTO4qN4jsI3bpZMfnpYa6fFxAvn43s1sUPNuZjV1GET+wj8gdzVe
dOAzTFKWgPsHzL2bmfZhdVdHdwi5ZKnny/CaOdqDraomyotIB9nsyDHAHVTLy+nw8PTg7OA37YMw
pM/Aqd53em57ueI2EPWQi5rAm8DnTRg3IWrCpybIXHXNLIXHaQNBRUaDqk6WNvsK02wMA5wDOC0H
+Pw8zHfKdVvxWOtR3EUjMi2cBojzrS3ayyJrg4sFq4/X7ieIT1fjMzP4wHOIYk5G5zhMhWyCiMED
0rTgx1x6IR26eTyWU5aiu4+LzQK4mcYRyzdppIg9i2wLC8FV29hr9CZfvICI8Ymc1sX5p8sG/GBe
ZaMPn1wXZ/UJtqBDe/T5pxygVS4L01P/vxn+fHAI96BFoejDIdkUF5Bl3tCtihZ+tf3Q7jvTu2++
evECJ+w4K4uW4Ix5wG7rCLVJU2isbIIGAP6v7T3VvNOEBOnVAOcHwbgIkftfO1ZHjWyhVwJbBarm
m2puRel+OGK2/5S2M7tiPI4WYqpJtKxVlpXvnn7/c37KT/xrI0Bfiv/u7OyW4j+ddvcp/vOt4j92
lKccBjJRGGMNmhhEMeZjRY2s88Xz855IPJ/1Li837TMep1eouaif/+5cbl40nO3N7OyxMNRnmDKP
wHYaJgSTWzcXHDvcGxx6Lo85WzpPiuarflF49d+c/9Hdae+u5n909p7k/xvJ/9xLZyxFyc+kqtcz
zsqG6PUyGTt+Mzo7+nWo0iyc6qbTB7La/Sj2jdmug7bY9vhk+PbgdDh6+/7o7a/KYEbLzUSanucB
oHTBOUt7MGY3FJoUTbiJUzkFD5I09pkQwDx/apQNF4NqPfAkg60NsXFoBx3IHVFNLA+PCnIvr1aD
z7B5uNnInbtN8vrmCLiuWrego5aykR/ut22XzwpTp6SfKBi0SGAEPxTjbTiH1iKR4Zw5NrJFFeqL
AamxRfJ8c3tZLvXF83ZWqPDUrTe2N5ewSdjCFujGSG4qJBuORYKV+mb0a+i+Da1blVMZcp/lmwEt
sHoMNIXmAlyodqiXTgoIHHAnDNoqsEZtTf6N7hTARj6WWpr751i/hBC1u2rbblO2Dfr5XVOUlWjK
I7BFDralwW5TOzWHZDYZzT3uTRRz5/G6OQ7mJdKdMAkBH8PdYg5eMoN/3SUJS7MoWji2c6FoinOn
nA9lreHqrkQ9dJ0V0daMo8NpmYevkocSaxOW6Z0hYbyQg2p9PpNsniD1lJ/Qy5DVrRVBZHqHLo62
3++zyboxvDueTXq997E/6/XOwjlDuJ1uGz1op/p3R3nVL16oM4s2vKZJxAu5nfpOFsOt/lis6MMS
PoNkDEypY5BKfX2IYLdvVLLgNBUjbJcr1qEcASqV6Z0DbiSho8o1IY3D7zKovc2OUnB6yKU1Kv/I
6UBFxuD5fyzCVIXRg2Q2UfWhoMYsgKu7zCXVqqaWT6KwuGui1zoaSzkdV8jOGVxSGekderwhhz1h
uEBEjCWwZw7OYy5DvmA5T0CWU6BRKNDNPhEyhDOMpHheh4dzFkrmKpfHkoaHT6Z4DGKRJHEqWZBN
TvcCMq+grnmpiZLTRNFpouw0tfA0Hknjy3RxMje6WAMzfua74ZuD/cPRTydHh2fDw3cDHnPr8CbL
PKADpFLb3EF/BpEoB9NNiomXyFYUCilam6NjTav1Eg1KFmGRoKK0Eh90uc53AfcOXJfHrn53U4Y6
g/FA5djB58+Z53xfhKnD8n8CWD9zs/U2hMrrM65BQ7FDMndsWISAbuolswYpOS8I1CC+509ZoY1e
Qv2XWnHXWoAMdt6J1DGxXjgPxGoGqb9Io7UppCuHotiwkDdKmyqdhx58eHdKfNW3mKpvzkMtJXkV
B3f/VS2J21wcsEG73TbaCdvEM8ZRgyF6rjhF2XT/Cccfz8B1596ti5s6dMH9BWr/dL0b4TK/686Z
9FAnuNTdlTJydQShBzvttvZwKMUz8iQTsuUlYYsaFwyERnF30Rja2BRwiBUXIBUccG+gtnE/lTKh
Xssa4ug8hGOPBFNjsIIdtnWxMZ3+rjG3CpTTopKJO1bmxle33Van6DmufVvpmZKSxQWw295trDTM
g6ZFdkLsYeoJpdL8KSSenEIdLQCTkwfSm4gmML1VeBO0EPNaQx9Lo9larWQJ2ruZ2rcmKFv33Z67
g4bvZWElH5jFg3GCoiiAJ8GsENQjT0j45ezs2KQCGJIXELfCCNkCqb2oU9hA4huemUtoXQ6q952N
jd7mspD/Bps9ZTBPsP75Zm+Jppkpssy0jAcW2EvZ3efP2u73l5sNCANwFyq4gC2cr041pzxKBTWI
mSASsdtQSIh1ctzc86chZ+vDKOvwm6ziZzKp/qXwm+iEsQmTjEuYpPEiyWrWYG7MFOd3atNzoMWk
31L9spmtzE3VK5S+dnKl5V2WVbPlnhHHxXIUBib+48+oZFDVVWu0pkDT8a3hcqO6q1VCM4NgIkzo
7ZFFuN7TUeC23j5oFhcaKC1MY+DWw8oKcYHiOmEjL4oKsmVCVoTMI9bWOhnIR8uJNo2jgKWDWs1+
VYSjMssDVHWlVugSGnSKSXKfQaYLVl6ac3C1iaeAFNNiO/AcrhgalzdpKCXj8GkhJPD4JvfGrMFV
oraGv5pg+wxmIRoM7eKAFpaKLgtuGGkdkfVZgJ5Ckd0GRQoZgqz4yOJOtGYs5SxqpR4P4nlLg1tP
MxWCDqPM3lWMe/DT6cAeLrE9Op0Oi8VlrVxWvx5H2UMKMwr+Ktu1R1dXKHWbxBJXIQhT5ssY9f5j
KhdZDOfddXLhqxgvCVdCeim4t8l8rGLg7lto6Q0W3agfKys+E/sDfabiOQLdbVEB6mJfO6m+6HQV
AWiZIhCPx6/VUOgJCcmSmiAyCahTLi5t+2qgbCtSZ7eGlSqrzozyYhBszkFBmIpBtVM8XPr58OPo
p4PDd3QWZR0r5QrLreTxtDJLBMgSupmyZtURcrDRWrYo8Hu2//PQ6WdLptFw9KbgVJ/jFi/NYUdJ
i/FAAXXnIQ9YIqfQAbTUsmd2y/wgTHWihSthexsxuV/CViGejuqMMpEVltZWZoj5yPyodd3X7B5Y
80LXg7DcfhxFEFNwfajRs8ZV02t7u4a1iHHjYZRL41oykBFUqxZiuUfFWK0Zap5Uo5Gv2L0Zovfj
0lq1ThH8KL+goI+C0BdU2dsqCcZp0fFja3MbkbPzqbW5hh3ylOpcUkzVyrFOO9dS9gmpG3zx6swa
/dP5SuVjqR4jcUGYDqr1IEy5N2eKfCoJJEt1zxYsTLV+kvNkYIpa2xqx7WqVsoEq2tm+L+WdoGmv
DoewVUNdxohveJY1k9Xl9zSoqluqsvjNlCLOfVhaNLM2It3ocY2lqImUX08rdfpJVyuMM6tvkuzt
qTwZsC8ZLPgIGSbXVXMvnenUkbP9s2GruuNW73ef62zSpVMIqOn2K8E0dSIPlE7oillIV3WqO9DO
T9UoV2s1U+p7B3SqKLS1NipfXsp3G5ypZNkVmm4R1B7+9xL/e4X//a28m2Smc+pbN2Iexy2egTYy
gkWqFjm/aGFoRuU9zUOKPta1mi+MoC8ydb7ftcbJrqd8obNKqs53xwxCv7xPFW6e5Laavnzz2BWm
bJbrOGFbARBOfg5av/HBjbTGLLRpKCdz71HuwSlp7kGatNeKh7oNtgMqHwdVY3YjbA9kOGeiD5Pw
GpXNInlYy2i3wKLD69eraK9xQgzGekyFbg4HMtPV3ObVmfCWPjHXnvTdH1ziQkRrQ8DKP3VG/3eF
prptcnTyzhiyRblW8AeVVQpfsUnICecuKIOpGDCRbXKt5kLntKncUhJAbc7s5abEixfwzD4+k+qE
/pGgQ2kpb7yUh3zSK3iK5iDEQNMD9LOFTxdc0N0qrA2lgOr93lJAFM7VXSvL0iicpZnJqPM0/Wad
qa2d4J+aHmRt3Bl02goYWiVMKSYTrtBaraSjjLFmmcud7q5C4wEZwOECym5Sd+qq5uw+i6HBnxlf
u5mrNrt9r2qdWY/Seln2diksp7e6tpOXa+5Es9vtfL+73p95RMqVwa7Pj1DL9tHOIK6w7xfmF++M
6Oux9CzzWWhWUOtO28hXz+Uh9aW3GqOSH5+j1uR0XbDsjKzx0axYSjaZMioUz7FwMdxud1WnCd3i
VbnyPMuA45kFVU8tW9NRyjwR0/XCv/Vczq5ZunTsK766wTpNVbqv6kU33p1oWG1Uidkew/EoZRQs
CxqF66NszX3ddMFbCoprOpXX2Mam1NQsXlQMsdJtZDdlQnop6ffysRqpx5VWbvqoArHxKPfNUrtX
LpSqxIYps0/OLK3uz2y1rjeZLZVrDxuil20v2sAwvZTlhU5Zi5QQ5UtX95zsIH2mVUeRc/xZOwMh
5CCe5ec8/sxHBziPulMLJQCFRKmHNsCS8achOBb03JJyqvViXvmuA59BplC74BeyBjWAWqO0oZqb
BkXWp0LXjJbtn6AHtYUhVyuEzbNB6ciibOzTGlR3IB5rfdB9RB/4M7+3LuE+G8/2C6bxTcGq2LKI
aMwGdTuRmn391WvqqiIRuZdoSUZ+1fZhTs/b6JCGdvLs/I+yusy60G2EeIFGgfY7NZAvuUooSDnK
OQHWIkatVfTxCmXpq1EMKDSoM4VQ5qcsZX3kmpswMnBpdQv3xu3F00Kf4/psPbZ/cvwk9GcCFgmZ
TebrD3SJ6wF8Vj2y0i0UlV/eKNzExxI3To3mMnSzPBu79Zo25pJ8cXLV++6SBYqMdLFeqHyswjye
Uin/D//ow09/cQboF/K/d9rdcv43NX/K//w2+Z/2t7/y77aQ/7HmS1po2A5KH8VoEYjygQY1ffSE
k7r1wIvoAUQ44V6E+3TM6YTTS6OQpaA/TZNnkSnIjQc+G4QNyEaip5SJwdujw7ODw4/DfIK2vZRm
5lLWYf/N/uG7o8Ny9ru6JakEZjtd8K+ZnNkw1LdZcJp6W1cON5hrcG+Ojs7oZOjjqfrYmCjk0LWz
w3yyGx/plXmn6xBurDioltuZEeWBZSri/1U+Fi2IjqF3nZzkCIi+sGOd+yLl6ZCxVzxLEiqynK27
2c4NiNKOPkkT60Nv0puIlsnpaHk3ouctZCx8Lwr5pEfB9kNvzmBnJavFivynydesNI/hYfjSowyD
wkehaiJLMqHbcjyGKBwz/86PGHjqSiF9UmqeREyyB7k9+4AfOKYtsVsZmFOI0yCFwsAilUHLDYNG
uWUqvLuBU+3mMIn0g2pHJSwMNJ0yIFQQhvRZEB1mswiTzcnN4Ll6wq5VhEO4FK9Q4VAXQbgahksD
m2qzTOoTea5rTUbVIi4F4Go8tKgWkQQdlDVfGjx+M9r/eHZ0+nb//cHhz9mn+fLvC9qhQ9dlPEji
kEt3kUZK8tb1djIb2XyB7yGecjVLVTXpHzOQddM8xPEoD1gwHzTrn6yi/zz7D3eHv9L+e7Vq9+X3
/3b3yvf/dnd3nuy/b/F7DmdkmPhhgvtR0ULpwYRxlnqSBU0IYpWKFoRyGzvd0afoQq6+tqLMANKK
rKlSFVvNyvMHbRxqKmOIZxCn2pRoQsz90gfvKHTBeMCC7YpSfCoitA7kOE7zit/2T0ZBPPdC7jwp
tId/Kt3hr7//95j8rzx32js7ne9g70n+v9H6tzuuCCX7i84BvnT/e3fF/++2X3ae9P+30f90RN7p
ATJAZTv3G9XNYKeidojMaS0ofXzgjL4hMWVRVNwEPAEeqPIkja9DEcacpTV0NOgbEkHMBG4RWRwn
5NBq4v/qw7zjOJ17crtSNy4Eq1iZfegJ64jIoKa9xftV5b904DXlXatXnb4rpvGNPuF3sq/W6NfG
03bx9Hv6Pf3+I37/PwAA//9iexf8AGQAAA==
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
