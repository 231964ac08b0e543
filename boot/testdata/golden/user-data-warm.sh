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
H4sIAAAAAAAC/+x9/VfbxtJwf+avmCgmtsDCH0Bya1fkIYS2vDcBDtD2Pge4PkJa24plSdWu+bjg
//09M7srrWSbpM/b5p77PuG0sa39mp2dr52dHXl3fIuPv/tL/9rtdvv1zg59ttvt6mf7zZs3+Xd6
3mlv77z+DtrffYW/GRde9l27/WdM0pzcf8hfejPw7vggY17w0LDhcQ3AT6ZTLw7AuQXvjsNeK2C3
rXgWRdDde9WBpyeqBcD8cQJW6mU33oT1QIwZ7P92DgcfjiDkEDMWsABEArVOnwrTyIshjLnwoohD
KCCMgQuW4ih+FFqw96pLHWdMzLIYOt03awDzNYBLcP4FVu1x/7fzwdnhT0cnxz1nLn++P/xx/5cP
F8VjC64RRNVHew0gvRlkbBQmsVtrpDeDcBpwhMVnUxaLliyyizZrAIsdu7W8lzUAdp8mmVhSbW2+
JhGqUPnzycdDt/aIHz2nlSWJmFOrw4Pu4OPhxf77/Yv9wfnh2a9HB4eDw+P3pydHxxeuVTt9Nzj6
+P68ZVHt0/2fDs/ceh2uCD0SCxdn/z34ePL+0PUCLxXhLSF/8HH/H4P9i4vDj6cX565Vezx9Nzg/
/5g/6jm7c4tW1ar9l7U2X/vuJknEXy0Anuf/zpvuTrfK/7ud7jf+/0r8P5p5WaAINr0ZDJNZHGhW
8UZsEIQjxoW9BhAO4RKsmq5kgQtWrWPBNTF4vEoqUDcwTqKA0292nzJfsACwCjRqHdsy+R55dhgW
w3VxHKRTx4uiPzIWdZ9D24Q4ESSMslkch/EI2C3LHpQIEjSChOP03eDsl+PB/ocPbmcpYJVxMzac
cexQJOAn8TAczTIGYhxyKe5iXwE34yyDwBOeQgEHlIgEMfYUwF0oxlDrNOFmJorp1DmgRPi4f3z0
4+H5BXDvgYOxClJuKiC3pQzKGM4njEdqYSsg06RrHZLSHDyQ1aFR69pSWNPP1MsEjBLGIYnBGwqW
QUg4YvehgM73O3KscZJMBkqwq+EuJWG8QAI5fTf4+eTk7yiYX71CWR6AlExnJycXPWfeuvWyVhTe
tPwomQWL8ns6CcIMnFS1wr7WWxtzhMNP5Tj5IFtimlo4jD+eJgG037TbSwqnt+AMq88LQI1ZDcM4
5GOtGD3OEGmhpL62TdNEmE73zy5I97hw52VTNYVpaRQL+n14qdDoUT1nljaBs+w29BmwWGQPUnPe
Cxqg8/2OTV9IAw7LqHx6qq5pnABh0AnjUMCYIQ0mkDE+m7LymvaQBSSBcj8LUwHeyAv1EmNVSQ+W
Gp0YcWHZslnc4g9csGmgPnNJAPK3LyLVUx9YxFn+g7iIOBgJqa1+9Pv0ZaOY9IsvmHaZWkMOs1iu
GgskKSM+ZQ1NysRmYT49Gpdxz9eUjTSl2Qg1fU7UGpr3R2etjPlJpsm1B3vVghUNtvwx8yd8ZTtd
vkj4Z4enJ2cXmvQJOJ+7C/CkNwPZhbu6ZyVZK6SrKVHzqYL9/GL/4rCF9LqVz9kQwr4nVtZbAG5h
tl4UWZ/pJsfYKkyuQCH1DV3DfkWE02ArkCdbfA6BGmYiYqwcuvgryUh7olVb4hOrNeNSvqUPYpzE
260g5MJJPX/ijRiXUg9ZtnXLMh4m8Vb68JkeNlo8FOz5LvoQJGtKdGRKaSsRLGGuNTgLwImhzlv/
HAx+PTw7Pzo5HgxQqV81tjaubKvWuuq00rpubWPjm4x5kzWAIImZnD9Ha6FgeMdRQJRRD97dBOrH
Z+C60IFHSLMwFlDrwryO/H76bnBwRFa2H+KP8/f0gwfw4YA08QF14NwCF56Y4dp0LPz5iSexXCjJ
H1KY12nq7w5/OjpWuxW5Qo0QXOj0IYQfoLv7ug/h5qYNSRZccgJo2LDWfasJoX0NLmgplTE/TBm4
cHj869HZyfGlRcMdHJ0eWtd9yJJoofDkAxVJ26lS+P7op8PzCyz2w0rRwRE+5kHl8fl761rBQlKu
XIosrMrn9O9wFvsCV+D3Bm8CQDITTYibEDbBb8JNk9R+Ez41YdKEZGLnKEpm2Ldl9SEGFyIWj8S4
we3lCHQhVvjTzQF8FCOzGy4yHDlsQsfuww24hGL/GjZzYU9CqOEjOVhXlmWrsfFf6+rqyrLyeqQ5
jMpXC5WvllS+gR9gu4ssf0Mk131jtspX++pqtt7eubeacGMv76TT/ZvZ0i/XKqYOhFVwsdWei8qb
2AXx1O1u2/AWOtBThd2uUbj9PRZ2i8KddlG4s4OF29AzEAeQTMCVw+0BVQ5hU/7GVTEq0pJ9kkuW
TLDmJ6rCUDl+orWDiVoeY91gE4mjY9OC9QkVE4kKROgE9qDzfceWYLQV0RWLKgeS4LnQXT1GpzJG
g5ZKIYcGfN2mnbkq2H4jC/ags/u9WSAxRi0QYUbBTt5iZ9t+BmIE0iAPk4RpIptEySFsKrzP5fKX
6HA2HA6DghT1IPNcipBJi9SuWigirzDtLGbc91K2yLt/LaMuY8wrS1LXDxAjhsLNzf5yHi8QoZrG
FrwF6yq2oIeAz8tss8hPFSwlM2Hg5rEwRBu1LqpYTxA84IInLmvda0lAtV0am0/CNGUBwc7FZXhN
GxH91CaLUDZYVioS4UXguBDMMizVkEl+pzE3N+O+GhjVRF4l9qYMm7hQ6/Zh7PGx+rXdh3TscV24
01dwuVDb7YOfBLrkdV8P60LtjTnt3aVgbubVJAyHx+9zbKGmRMXUkCoTUdNGaWIlE1wV4zHuNLAg
3zViuTX0wojlBC0lJliPVzHAlSV14pXVg3XeVI+SqPwADXTlPig9J3tlgAZL6bHaTJSfEYylR2ii
DxBl9DRQTwkdA878JA5k/a3tYfMqtprwe0MCa9PXJJJflFsDv/ohffBAfiDa7KYyNJoK0XtkaRgL
QooYl8Syc9wgIFE4ZP6Db6CCQMDqdrkXsxVuyAnsS6tcKQpjXEO933FwgXpglRa1WNPSkq5a0Yal
61m2ZYOlrBRXfym0o5y7i6jklsLEHxAyeoLrHNcI4PHKQg5RiIErCzmk+EUcUvwsLf2SdYcrK5hl
HsrM6rrPrSbCtgcdxEGT5m7R4ioOpe+KP+m75k5FAfKb4sumZsnSwgCMwdU83keJ2Gj9k4+97u7r
XqsJltWEcVmmKpZ3abFsvbL0UWB8nffWeY5xBW5TC9xxk5Rm19YwLTFalsm0Z8f6zEASGxUxXSzt
tWZq2hxJEm5CIybThFQAgFqAMgJRj2ij5m4cRgwajRETBGMEP4DsEBu1TaLiaRSKRtSE+yZYYBUI
QNV+f9m5hvNf3p0fnsL95fZ1Cf8vGhM6c2AstlF74JfLyTXJc7+P9gnL0Eh1YWLoK8HuUVdFa8ts
KrKmXitTSpLA5T/hegMUBWDjAkIf5yZHzBfhUfJ+QeY07T+NC35v3F92JVXndgUBZcuyHSy7v9y9
xn9fLyzzwlx9NdcqaxMRNT4tspycs8Ttp+vr5RKwoKIhE/6YFWTkf5aMps+Q0RB+ANXjCjoaLtLR
EqnFk1nmG6Lp1otmEki5Ar4XRcZPTwg2TYXxZJl8mm5uVqUTki+tR5fWY5v+3bmWK1Se9hJGvIrn
pGwa088iTe6+EUfSdqhrNBU+D/XAgtwZkjtGLOkRyJjPq/5UcxNuPFDuNOqz5E3tam8q51ObvAl8
Kqtpz+42/rNj9bVlqLyEfFtW367UA6v2uNtz5mYDeAkeDMOIyTOAKPECFkAYi0SeR8S3YZbEUxaL
whHYoFFmU49PoP3mjfJRlUAGCKcBJzDoUJFgUOABjWeTW8txSkU4gPJZ/bp/dt6qddDEslcerPrJ
LAoIcImXWy8LvZuIXNHDLJkCzrp6dqpOTtObAc7W8Ghypt2ZjXxy5BSSdFRf53V55lKG0F7aGf4s
To5u3Vojn6/R1uj+vnzQym69CKzT/bN3+38/xPqDWse9qj1iZ+v3c6s4a61UUuPjBIrxvbuJW/fu
JnXp4SR/0W9QeKNedeAJRhlLwfkdpt7dRDmrVVNLNQhjwTLPF+Ets5SruiargHMLQZi5+ezIA4Wq
U/HN+eHx+dHF0a+HVJAxxI9r1R47Pac9116pfKNH2EMqog1ePG3CsAkR+WVEIakmhnyLSXOg3KJB
ZSNDeH2BTTYEF+cAVsuCeHoZFipymQ4eKrGJ6jPS1i6/3NwkJRYZmi3hrDFcqj4Qnq6CZ6LhgZcQ
JTFZm8Mw46IJPAEPSLCCn8TCC+mMzosTMWYZhBxwsVkAd+MkYoV2RoyYs8g1VgiO1Fp7LnSQBPUu
+fLTtQ0/6J/C7sMnx8FZfcJdPinny09Fh8ZzUZre3PQxgmKFxf2qpAIyyW1Vq2za19qrlO1E+2hy
YPS+f2HRUpxxHLD7BvbapCnYCzoPFn0csnqnCSniywbrB85iHiL171lGQwVsqVUKmyWs2gu+j7wd
jpirm4r2MguGw2jGxwpF8/rafO27b39/4Z/c8f21ESCfi//qvm5X4j867c63+K+vFf9hRnlUw0DW
jFPYRyMGYb21MW+RP0K2U8eZRz+eu5AxLwAnyzuBHz7XVp3LFSbIVYxGyKPuoefESczm1jdp8Kf/
ReHNvzn+c7vd6b5eiP/sdL7x/1fi/6mXTViGnJ9zYK+ndx/rvNfL+fH03eDi5O+HMszSqm1YfSAz
nE1DMeCCpYMbNgpj2ZXuGMi/4VAJbllqXahtL7ZMJkubJZNn2vBJmC5thQXPtBt6YbS0HRbk7YB2
nZWmGRPZw9K2VLKyMW2cl0ySnpuzhNoO1HaXtFW+26XtZdlzfUg/cLW1CvtaBXTCqw0SLiuXqt14
nEktUq2OJY4McKt1Sm1U7EK1gXq8EiIR+gsoxGelSnceIi0/Y6jWx2KniJSqTGXClhOxdL4XRLzY
LEhitrQVFpSrJ4lYMUqSiHyUxTZLh8Am5hB+lPh6V2wG+pwdHhydHw4OPpwc/F3uR3FjpCO2XhaB
VNksjlnWgyG7o0BB3oS7JBNj8CDNEp9xDszzxzqSJuZurRF4gsHmOl8/NsM+aLcvqxgOFHpQOFHq
dXiCjeMNu/CdbJBTZYodN2TtFnSkYLXt3LHTNj0qRtCoYYDMUhho+0PHreEcWrNUhFNWCg8yYpoQ
i9wlA2SWvtzYmlef+vxlO38o4VS117c25rBB0MImqMqIbnpIWyQWcVZpm+PPVm2p4jBUPpsw9llh
mtECy6+BwtCUgwO1DrVSIbqBBc6IQVtaZlRXR8OrRgGsF2PJpXl8ieVzCGPcC1Lddpt8fdDvQ1c/
yp8ozGNns6Lblup2i+rJOaST0WDqxd5IqpoiYmpKx7mpcEZMQBAP4WE2BS+dwL8e0pRleRxTODRv
JtAUp1b1doKxhov2JLUoHzPLrTcRjgpoyh1oMpQ/NUxikT1oFCYz4dYa04lg0xSxJ7fhvRxYVVsi
BPXCJnTU9vgxn6yTwPvTyajX+5D4k17vIpwy7LfTbYPzO0XoS6fVq1fSJdiGPZpEMhNbmW/lsZC1
t+WCPszhCQRjoJ9aedSbr3x0Zn17LQ/ylH5d3wInlqRDkYD0VGQPFjiRgI58rhCp/WkOg/pB7qnE
6SGV1un5LzH5K0UCnv/7LMxkOGqQTkayPORUmQVw85B7fJSoqReTKC3ukihQrTwCT3ioeSDvl0RG
9hDGIyS2Xa6pgEeMpbCrD6SSWITxjBU0AXkQrwKhhDfT4aoRpwlJ0rwK0CtIKJ3KyHqDG1Y7fuME
+CxNk0ywIJ+cagVya9VQtNREzmki6zSRd5qKeexnLtXksjidalmsOtNunPeH7472jwc/np0cXxwe
v3fjJDZ8o3kEL/lnK3UL/9cLiHg1nFEHfHupaEUhF7y1MThVuFrO0SB5EWYpCkojgFg9V9Hn4DyA
48SJo347GUOZweJA3niBp6fcMfVY7lMFRv6Bzvq5F0upIRReT7gGtiSHdGqZfREAqqqXTmwScl4Q
yEF8zx+zUh21hOqTasWOsQB530UjEsdEeuE04Iv3ufxZFi290LVw5oAVS7e4SKnSccPRx/fnRFd9
g6j6+rjBEJI3SfDwP5WSqOaSgLntdltLJ6yTTFiMEgzBc/g58qbzDzj95QIcZ+rdO6jUoQvOz1D/
h+PdcYf5XWfKhIcywaHmjhCRo87jerDdbtehuHAVeYJx0fLSsEWVSwaCXdYuCkITmhIMiaQCxIIF
zh3U1x/HQqTUal5HGK1VMPaIMRUEC9BhXQcr0+HKEnOrhDnFKjm7Y2FhfHXbbRtyhUCw9k2hp59U
LC6AnfaOvVCxCEYokxNCD2OPS5HmjyH1xBgaaAHoGzIgvBFvAlOqwhuhhViUavwYEs2UahVL0NRm
Um+NkLceuz1nGw3f69JKrpjFymO4MiuAJ0CvEDQijwv4+eLiVIfYaJSXADdO6fIFkrqoU1IgyV2c
m0toXbq1x876em9jXrqNAhs9aTCPsPzlRm+Oppl+ZJhpOQ3MsJW0uy9ftJ3vrzdsCANwZvLsDmtY
X3zxk241yV6DhHFCEbsPuYBEXTKZev44jNnyU8pl8I0W4dOx7P+S8I2Ux3HEBIsFjLJkluYlSyDX
Zor1T6rTs6DFhN+S7fKZLcxNlkuQvnRyleWdV0WzsT0jikvEIAz08ao/oSduTRUtkZocTccDTeVa
dNdqBGbegz7Axd0eWYTLdzqyu82DlWZxqYKUwjQGqh5WFYgzZNcRG3hRVOItfSJMwDxjbS3jgWK0
AmnjJApY5tbr5k+JOHpm7ABlWaUWbgk1ONUbIiKbserSXIKjTDzZSfmSWgdewg1D4/IuC4VgMXya
cQFxclfsxozB5bVJ1f/idbcXMAnRYGiXBzSglHiZxZqQliFZ+QLUFMrk5pYxpBGysEfmD7w1YVnM
olbmxUEybanuluNMRniEUW7v5icH21t033rJ3T5J29Vjg9Tc9KmbZ/i4KrirEtqLkT1xERiFX0jz
tkd3zemuJXEuLlQQZswXCaqG56QyUiGipmMV/LmmN1LKypEUT7d+uioORWph3Gu9XVvYWLHfi40V
UdXjjry2bkxNeBk49+l0KENanANoVTo1L8iWey67MQjxErQv7UCBxirX/ZAahrzFWRTGs/sWi4dJ
5jN1pciwMTPGRYKmcvzM5tyo5PwoiaTzJRDKXWl5ikro0CSfj5+RyMCtIhcsrXMiEg4NuvRHdpEc
KNfVuaeG7unlZGxc/pJcuLa4D5SOG0UbBf8FYcbdWscgncCt4VAk1Z2VLBEgS6hK0uBXTp5+TqSq
d0sJnZdo9Qjt/1l2n1b3ZEbk5GCkN4OJ234eHr0CE2XCTwwDvmBbOcsWfp0oCVCS/VhFetWC9da8
pe4A/nS4lt8BVY4MfWkSxV02zE0VXp4BUDias2zs5dUXkMotg/WXYFWxydMTDMM4kA2daRgHLBVj
6ADuAvLv7J75IBI0eh0fx3mcw6ZyDyA1LSMNw2v70/Evgx+Pjt+rK5qdEvHni/VHqGYR0ctp6DNU
BF86eSQ2GSDoCNja0iioLEI2JaKUUBo2oma1z1Fhw1fUFhjzQslEUG59Zn04LU6dvitYFb62tupY
ihDbq0GujLuMfJTOJoJUa/7cmpk0XqzYox6i93ZurFqn3P2guIevfKwRGqykomRwp9Uiv35rYwuB
M6+Kqn0QNihuixYSVhct+Evbhfo3jx6c4LMZIpZo7c4XqmxDYWt5HISZW2sEYRZ7UybRJ4MXy1JP
1lRaXUxTVz9qbSnAtmo1imJdU16sx0q8JO6ZpdcVa9ky50ByF+fRnnlZkY6AirqVIoPe9FNLnv2Y
+nJarfS8ppPYRMwvx5XUTnT3X3uJVMKE3V1Q9o5xC34W0+lnIaumXjZxjevatW2n9rjzUl1/mOd3
zDU9YX2rqrjLB7lGHG/buKSdZMFihO/3Fqi7DdBWtas5Oio2Gsv775a72sV/XuM/b/Cfv1WtkHxP
mvlG4ofnYUsmoKz3YJbJRS6u8muc0fOeoiGJH+XEoNtYz4+gDm473+8Y4+T5Ez7TWJ0W51ZV3kO/
asWUUiMUmyCVHeK5TB35LJdRwpbsgFvFAUPjzgcnUhKzVMeW3pvd1dRDp/bFRBEp7WXsIZOebIOM
I0XRmCc+2QURThnvwyi8RWEzS1dLGbXfNvCwt7cI9pLdvXEQX1oXo6diX6hTPKjrW4t1dYIKXOZS
8MY6h4X/5AHYf0lQ5eX1k7P3epdY5m3Zv7tWwbI8lS4z0cJ5pGiT52LKVUS2vAhBbKiMmt3CoHj1
Cl6YOwchD8Ce2TZUFvTOy+IwHvVKjhjtZ9S9qQH6+fJns5hTChAsDQWH2uPunEMUTmVKEMPeKLmq
9WSkrat+VVzWE+6216q5SySyy4k/VGWD7hcqlo7lymj7Q0iDvI4zgU5bdoYWD5NCT58xKolZkX/a
EDT2iJ3ujgRjBX/hcAFF/MqEMjV94JZvp+CPjK98Q5/DqIrPj9VFFXxePz6DPYiLbBM7TcquVOs2
obbdhNpuE2qvYV5f2utT6VKRYaH5Ey7kZ0d+dOXHtvzYkR+7Oe2U3e8TMsVKl/ltqIYJgZpEx9Lf
uvm37fzbTv5t17h4UuiAheih/7duc+d6bvzBCveBThKyzMOA4vm66jikCAdl3LSt4rmSRbhBdzrf
7yz3+zwj1+XWXrniUa/20bIkCWCmPCpyAWlhr8ZStFfMQrG95EYyHL54LisV1qIifn6eai0pi1HV
dbHEn2UcTecTWoxpq8KTT7TUXDpou+X8L9X5VuL6qj2rCearO8iYxxPyhP2t58TslmVzy8xipios
01CVlFxedOc9cNuoI59oKg6Hg4xRBEJgl3JbsSUpybJZ3JK9OLpRdbVNaCpV86QB5bgVSrjmZIwL
LyO9Xj2rIKW4UMvJnhXwJhzVtvl1tIVsVzJaDMXD0tgif2Iqc2VcbMrrgLDOe7lZoYxL3Upa3bgh
b5GSoDtetV0rP52cKNFeph1/0s674MJNJoXz3J/4FuXtMFSncCUblOLGVxk+FcNf9WAZvRdWtFVr
VAOHdix4Kuchqj/S3R7SLx3zNqzVBOvqKi4n5qi17f4zd7PMjBq1dp5So9SpkZDjrcp5oxJrwLxu
V+y6xUxfepov3Ir/tLqDpMWtbUMyVOKm+4y48Sd+b9ntw3w8c7M5Tu5KZuqmsTraDpUJIKjalyec
kzGSdG5cuB4MlitSU61moaKOOoBWngPTB1yVxnkTupqZzNDGVM4M1cln9t/jJAqMfImrEwkWTVft
I9WepJMTgtyWj1kUOCqtG5FDZQ61Dtx5aAIjcZYTETYo/aQ+fg85wRPGI7twbWeifCInAXj1ytwS
yhNDtWpLEU4dyRiYGxQ+X4z6gAJUVLwqCskxy1if5hRGul+i2lIWQJMolZT8omm8WD6RPwhaGvoT
DrOUNh46WSjd3l8B6qJno3ILWd4vtEspF/GJk2RaC2iUGh4Cs/aSOjobYoVcHrtzGWauMihyGTBc
mse3Wzr/SX+U+PsvvgH0mft/293ObvX+z+tv+d+/2v0fM/d7kbeXtmlLMqmj3e9W8pG2qItCgW1u
1dTXObyUskImvIU0SaImJKhSUpZRMsOqg5BGePbEgEbrgRfRF+DhKPYiNFGSmE4MvCwKWQYqo3ER
7ix7tldkm8YKZHfSt4xx9+Dk+OLo+JfDAi+mDZrlJmjeYP/d/vH7k+PSjPIMopLPtrJZbLg9Szr/
hVb6+ZUMOUGRkG6miGCh3BFKGz+DHq16ZDpf7EfZRNL5BTqhwruTkwsyF345l1nueSlcvJ0fr5E1
/0yr3KezbMr2glvHcAvkaF2x0GX4v2j/S0uqwsW6hc+NOqLUzsZJDK5dfgnV8O5yGUSVU462GXQX
hbVJtsEoS403DAhvxFvafmp5d7znzUTCfS8K41GP4sqOvSmD7YUATiPILUu/hBHiBFb3LzwKpitl
I6/zPJ6S8i7ECeRZy8CTySkol/k0jZhgK/klf3MEWLoukVu1s/KJO2IoDAxUabCcMLCrNTPuPbhW
rVv0Sah3ax0Zm+cqPOWd0IMwpCANdfBtICafk5P356gJO8YjHMKhE0SZZtbBLhzVh0MD62K9TPLd
DI5jTEaWIiylzuV4aJvNIqGjVvQrLk7fDfZ/uTg5P9j/cHT8U/5OiOLFFuZhvuOwOEiTMBbOLIsk
5y1rbeWGuH71wyqachRJ1RTqn7PCVdXi0PFZGjD6XLkn+maOffU/zqf/7vf/vGl3txff/7P7zf77
SvZfnnHLzKSUC3Y69zg//4i2mjdlgmWVACrD06LSk39x5Liu3yhu49a5veTeifFuoToHL+Z3aN89
CEaOC/zyzEUnlaJcWSWcT9dAh9fIcC+ZKLYc3mE4WmSVsmaSRlgeIIVq/Lo4Kyzch0L9v+iFVGfG
PGjdebGyuPg4HArYLrzr/kyAM+xCqarOpf6C8hfW2tebm3XIz78CN59U/VFme6JcT2EsGo3jM5nk
pwX14uVA7/YvDn7uOZ323KrbYG1RailL+R9hD4Ywr5cmb4Sn/Xh4cfDz4P8cXVwcng0+nstrxeqg
Mrdik5hBMgQPbmYZFz3gab6olPsJKH1ebnO6tUYSgLMfg3O8A46Y7QDR00wGIcMTiAycAOpQzw9e
79SpbAbr0FiES57S2sYRhiXr3xl3VQu3b3s7qIOuoO/I2qWc/4WbHNnHPPZWIVc3Mt5KLkVrQ2LV
PE7GdjeeTHT3iA3WZZ25Ba8KCrjzQlGKZvmi7imiQu57Sl3TtVHT3qxsaXy3UwxdPrqrOo417zo+
1NfCKV0C/MSTuAkJbwJ/4Gu3XsYHQZg1AckWXHy45WWj28vOdbP40b1ek3cZXXicr+H06Fw+Lmps
967laxvI4k9SFjcoKzaL/SQI45FrzcTQ+Ztlg8dh2CulAkPDkODaotRbQ3trxETDOi2EWRMur+2e
cXYK0pl7mV5aaEFb19fgQnpp/epFM2Zdr2UycWkBDE5vEZomsCxLMu5afJZlycgTTObfLMGJMFKK
rDA2QcflakqRixb6LPN1+tatjIssTBvWVWzZWzIZnHUlrCZ0S9lmqS2ZZdgzZdEpzZGIvfEFWQbX
ubzrtM57pAdUeEWuDmCdW8h1EmQJqwLdblJAn4sryUXAsswuwUCY7JQelSKDCUFIGAnfksvOt1JP
jLc+JWHcKOgLh7aR8LZOBr+dnRx/+G94kr8Ozg73L/SPi7Nfjg+a0E5et9sFIHId+dYwoCGGQROs
O2vZesbsDlfAteQK3pYRertFQXcNRTw4/2t7DaeOe9RG5ttrdTAyB5ZlusHKSK1lhtRSxzgtk1IH
RZJ+LYZ8n4k+xao/Qry52QePMoS3YS4zg+eHSpxPYT3Q/3HKG3rrRZxSEeKukPkc5T4+cyvhWRpo
uwS2TnqqTyBKOUTN2ytVybJwJpU7bGTHLMtQuVf6WNDhS2O1lLS8RSaoNaQ67ZRRb5tCWeW3xCZl
K0dHu1bGlEchWpIXBlSsIw+J/imo+zMB/kjDy2P8saQcoo2dKjVd7HJxRUdMOIWdBo6DxO0EzM8e
UrXJTWYinUlRDQ5tYrmOuTb2oGgX/PG9p9lqMTaMxUa2ik3Ix3l/uP/+w9HxYc/p/K09N/NfLAnC
inVKkErglfZTlXOaFhte5cghzOHckSSLJyzLiuPpioMqp1B6l0ge2GLMzSToKdeXTeWMFeZe6AuI
4SHUxThLhIieMk8wYPc+2bpPIkng7dSLH+Btxn6fMS74k/pCoWl5RXVON4u9Wy+MUEY/0a3w2Ivg
LTkKM3hLuid/Ln+ZO/U4Zr54Up9hEj9R0NZbeJvMhH7hj8ZMKdSgwEARSuJ7qcyAkluUB38/+fHH
wbv980OyCnfb7Tn88APIlduDThve4j89WlKySfNrIxLpXmqBEzGwFjo92D+lPikfzNwIp0Mgnq/8
55mYcjzTrLwEg7axum1TtowKIRgdMdw0yRwwf4ZpqiRU4b+MS0SvxbNVquOX6sh7S9+cIv+b/D90
D+Sv9/+8WfT7lH0+Ff/Pduc72P3m//lK69/uODwU7C/yBH4u/+tOd6ey/t3262/5H7/K30sZ5tXp
ARLA2lZxfCczg1prL+FizIqzw2wWozFNL3SgLzGj2LUxiyK5lyIrkTVxi+SBfJ5myW3IwyRmWZ1D
GNOON0gYb669hDzIMYyh1cR/5Yt5h0k29cTWWkPbuMy0ov0AWsrEdOtKoT2aSeKDZOqF8dyCPcr0
IH+qhAF8nNxpBZinoVc/7bX/ffK/3ZV5Z/4aAfBZ/t+pvv+/293Z/sb/X5H/uz0gAvhPFQCCcUHX
0ypCgCY1t6wv4vsiIBDq8SiM7+s6OO7/X5FA79n9t77/v729vdtefP9/+xv/f6XzvyKyIi1iYXVQ
i/CyERNGsIYRTNGShUZog3zj4PaqpGmkpuU97mciW/NRdYTrb142ZUFvw5YdUIxUEclaCrUqXh5t
XNaQzZTbRL2J3AClD8OweitCAjCg+eiEu/+j6VNYkYpRp7zEYTxQkJSyABROLomERgUIu7gzdhSf
q0jtJ6jX7VXZcAt3wuPpu8Fv+0cXg6Pji8OzX/c/9JzdeTlTpcSYgmjFNd4KRLC3iHH9Sv7KW79X
vB58ae3y275XvgxcRdCzKChFol+Cw2FlAPyygEas4dYaPMkEOLNn2pJPqH4V17VXaOF2ltJilF9G
NQMx9gQd4qmbaaUg+57MD4wDrQOtiPJX81ufPNaq0HSAag0lXdC3vpUHcK9wVw9Xz0nluCW6LBNl
ejNIkyTKk8UusFaVxO1SRtEkiSrMe6aiEZ/0g5/DG5bFnmCBbTDz4gXfqXzjNU6oX3nXv7zIiwxe
uqtA2OAgEhgl8n1/NLOFLIaKT0jSLVwXCRy0c774JnKclNqNWUbpbhGzy+5WaCTZfTKndEC94lO3
A54oN1l9G90c1nFmcShcHcsVxnqpwXECJtM9hEns1ktpcwuEVket51FtnAkW37oFgNVHuWxxV8kb
aN2EcYuP9fWKFRe6jfUu4QlnBktmRkTw/DS+OTW//X37+/b37W/x7/8GAAD//0h5qQoAkgAA
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
[ "$PB_PART" = warm ] || pb_held_start
pb_emit_boot_done
