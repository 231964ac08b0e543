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
H4sIAAAAAAAC/+x9+1PbyNLo/sxf0VFMsMHCD0zyxV6xHwF2D3USoIDsObeA4xLS2FYsS1rNmMch
/t9vdc+MNJJlyN57sre+uqFSYM+zp6df09PTce/5Np/89F1/2u12+22vR3/b7Xb5b/vdu3fZZyrv
tHd6b3+C9k9/wc+cCzf9qd3+TyzSXNz/kJ/kduje82HKXP+x3oCnNQAvns3cyAf7Dtx7Dnstn921
onkYQnfvTQe+fqVWAMybxGAlbnrrTlkfxITB/j8u4ODjMQQcIsZ85oOIodYZUGUSuhEEERduGHII
BAQRcMESnMULAwv23nRp4JSJeRpBp/tuDWCxBnAF9r/Bqj3t/+NieH702/HpSd9eyK+HR7/uf/54
mRdbcIMgqjHaawDJ7TBl4yCOnFo9uR0GM58jLB6bsUi0ZFUj77MGsDywU8tGWQNgD0mciopma4s1
iVCFyr+dfjpyak/4p2+30jgWC+p1dNAdfjq63D/cv9wfXhyd/358cDQ8Ojk8Oz0+uXSs2tmH4fGn
w4uWRa3P9n87Onc2NuCa0COxcHn+v4afTg+PHNd3ExHcEfKHn/b/Ody/vDz6dHZ54Vi1p7MPw4uL
T1lR395dWLSrVu2/rbXF2k+3cSy+twB4nv8777q9bpn/dzvdH/z/F/H/eO6mviLY5HY4iueRr1nF
HbOhH4wZF401gGAEV2DVdCMLHLBqHQtuiMGjVVKBhoFJHPqcvrOHhHmC+YBNoF7rNCyT75FnR0E+
XRfnQTq13TD8M3PR8Bm0TYhiQcIonUdREI2B3bH0UYkgQTNIOM4+DM8/nwz3P350OpWAleZN2WjO
cUARgxdHo2A8TxmIScCluIs8BdycsxR8V7gKBRxQIhLEOJIP94GYQK3ThNu5yJezwQElwqf9k+Nf
jy4ugbuPHIxdkHJTAbkjZVDKcD1BNFYbWwKZFl3rkJTm4IJsDvVatyGFNX1N3FTAOGYc4gjckWAp
BIQj9hAI6LzvybkmcTwdKsGupruShPEKCeTsw/Bvp6d/R8H85g3Kch+kZDo/Pb3s24vWnZu2wuC2
5YXx3F+W37OpH6RgJ6oXjrXe2lwgHF4i58km2RazxMJpvMks9qH9rt2uqJzdgT0ql+eAGqsaBVHA
J1oxupwh0gJJfe0GLRNhOts/vyTd48C9m87UEmaFWSwYDOC1QqNL7ex50gTO0rvAY8AikT5Kzfkg
aILO+16DPpAGHBVR+fVreU+jGAiDdhAFAiYMaTCGlPH5jBX3tI8sIAmUe2mQCHDHbqC3GJtKerDU
7MSIS9uWzqMWf+SCzXz1N5MEIL97IlQjDYCFnGVfiIuIg5GQ2urLYEAfNvNFv/qGZRepNeAwj+Su
MV+SMuJTttCkTGwWZMujeRl3PU3ZSFOajVDTZ0StoTk8Pm+lzItTTa592CtXrOiw7U2YN+Ur++n6
ZcI/Pzo7Pb/UpE/AedxZgie5HcohnNUjK8laIl1NiZpPFewXl/uXRy2k1+1szYYQ9lyxst0ScEur
dcPQemGYDGOrMLkChTQ2dA37FRFOk61AnuzxEgI1zETE2Dhw8FuckvZEq7bAJ1ZrzqV8Sx7FJI52
Wn7AhZ243tQdMy6lHrJs646lPIij7eTxhRE2WzwQ7PkhBuDHa0p0pEppKxEsYa7VOfPBjmCDt/41
HP5+dH5xfHoyHKJSv65vb143rFrrutNKNnTvBna+TZk7XQPw44jJ9XO0FnKGt20FRBH14N5PYePk
HBwHOvAESRpEAmpdWGwgv599GB4ck5XtBfjl4pC+cB8+HpAmPqAB7DvgwhVz3JuOhV+/8DiSGyX5
QwrzDVr6h6Pfjk/UaUXuUD0ABzoDCOBn6O6+HUCwtdWAOPWvOAE0qlvrntWEoHEDDmgplTIvSBg4
cHTy+/H56cmVRdMdHJ8dWTcDSONwqfL0I1VJ26lUeXj829HFJVZ7Qanq4BiLuV8qvji0bhQsJOWK
tcjCqn5Bv0fzyBO4A3/UeRMA4rloQtSEoAleE26bpPab8KUJ0ybE00aGoniOY1vWACJwIGTRWEzq
vFGNQAcihT/dHcBDMTK/5SLFmYMmdBoDuAWHUOzdwFYm7EkI1T0kB+vashpqbvxtXV9fW1bWjjSH
0fh6qfF1ReNb+Bl2usjyt0Ry3Xdmr2y3r6/n6+3eg9WE20b1IJ3uf5k9vWKrfOlAWAUHe+05qLyJ
XRBP3e5OA36BDvRVZbdrVO68x8puXtlr55W9HlbuQN9AHEA8BUdOtwfUOIAt+R13xWhIW/ZFblk8
xZZfqAlD5fiF9g6manuMfYMtJI5OgzZsQKiYSlQgQqewB533nYYEo62ILt9UOZEEz4Hu6jk6pTnq
tFUKOTTh2zadzFXFzjtZsQed3fdmhcQY9UCEGRW9rEdvp/EMxAikQR4mCdNCtoiSA9hSeF/I7S/Q
4Xw0Gvk5KepJFpkUIZMWqV31UEReYtp5xLjnJmyZd78vo1Yx5rUlqetniBBDwdbWoJrHc0SorpEF
v4B1HVnQR8AXRbZZ5qcSluK5MHDzlBui9VoXVawrCB5wwBVXte6NJKDaLs3Np0GSMJ9g5+IquKGD
iC5tkEUoO1TVili4IdgO+PMUazVkkt9pzq2taKAmRjWRNYncGcMuDtS6A5i4fKK+7QwgmbhcV/YG
Ci4HarsD8GJf17wd6GkdqL0zl71bCeZW1kzCcHRymGELNSUqprpUmYiaNkoTK57irhjFeNLAiuzU
iPXWyA1ClhG0lJhgPV1HANeW1InXVh/WeVMVxWGxAA105T4olJO9MkSDpVCsDhPFMoKxUIQm+hBR
RqW+KiV0DDnz4siX7bd3Rs3ryGrCH3UJbIM+xqH8oNwa+NEL6A/35R9EW6OpDI2mQvQeWRrGhpAi
xi2xGhluEJAwGDHv0TNQQSBg80ZxFLMXHsgJ7Cur2CgMItxDfd6xcYP6YBU2Nd/Twpau2tG6pdtZ
DasBlrJSHP0h145y7Q6iklsKE39CyOgFrnPcI4Cnaws5RCEGri3kkPwbcUj+tbD1FfsO15Y/T12U
meV9X1hNhG0POoiDJq3dos1VHEqfFX/SZ82digLkJ8WXTc2ShY0BmICjeXyAErHe+hefuN3dt/1W
EyyrCZOiTFUs79BmNfTO0p8c4+u8v84zjCtwm1rgTpqkNLsNDVOF0VIl056d64WJJDZKYjrf2hvN
1HQ4kiTchHpEpgmpAAC1AUUEoh7RRs39JAgZ1OtjJgjGEH4GOSB2aptExZMwEPWwCQ9NsMDKEYCq
/eGqcwMXnz9cHJ3Bw9XOTQH/r+pTunNgLGqg9sAPV9MbkufeAO0TlqKR6sDU0FeCPaCuCteqbCqy
pt4qU0qSwNW/4GYTFAVg5xxCD9cmZ8w24Unyfk7mtOz/GBf8UX+46kqqzuwKAqoh63pY93C1e4O/
3y5t89JaPbXWMmsTEdW/LLOcXLPE7Zebm2oJmFPRiAlvwnIy8l4ko9kzZDSCn0GNuIKORst0VCG1
eDxPPUM03bnhXAIpd8Bzw9D46grBZokwSqrk02xrqyydkHxpP7q0Hzv0u3cjd6i47ApGvI4WpGzq
sxeRJk/fiCNpO2xoNOU+D1VgQeYMyRwjlvQIpMzjZX+qeQg3CpQ7jcYseFO72pvK+axB3gQ+k820
Z3cHf/WsgbYMlZeQ78jmO6V2YNWedvv2wuwAr8GFURAyeQcQxq7PfAgiEcv7iOguSONoxiKROwLr
NMt85vIptN+9Uz6qAsgAwcznBAZdKhIMCjyg+Rrk1rLtQhVOoHxWv++fX7RqHTSxGisvVr14HvoE
uMTLnZsG7m1IruhRGs8AV12+O1U3p8ntEFdreDQ50+7MerY4cgpJOtpY5xvyzqUIYaNyMPya3xzd
ObV6tl6jrzH8Q/Gild25IVhn++cf9v9+hO2HtY5zXXvCwdYfFlZ+11pqpObHBeTzu/dTZ8O9n25I
Dyf5i/4BuTfqTQe+wjhlCdh/wMy9nypntepqqQ5BJFjqeiK4Y5ZyVddkE7DvwA9SJ1sdeaBQdSq+
uTg6uTi+PP79iCpShvhxrNpTp2+3F9orlR30CHtIRXTAi2ZNGDUhJL+MyCXV1JBvEWkOlFs0qexk
CK9vsMlG4OAawGpZEM2uglxFVungkRKbqD5Dbe3yq60tUmKhodlizuqjSvWB8HQVPFMND7yGMI7I
2hwFKRdN4DG4QIIVvDgSbkB3dG4UiwlLIeCAm818uJ/EIcu1M2LEXEWmsQKwpdbac6CDJKhPyVdf
bhrws/4qGgP4Ytu4qi94yiflfPUlH9AoF4XlLUwfIyhWWD6vSiogk7yhWhVN+1p7lbKdah9NBow+
9y9tWoIrjnz2UMdRm7SExpLOg2Ufh2zeaUKC+GqA9TNnEQ+Q+vcso6MCttArga0CVhtLvo+sH86Y
qZuS9jIrRqNwzicKRYuNtcXaTz9+vuOPPPF93wiQl+K/um/bpfiPTrvzI/7rr4r/MKM8ymEga8Yt
7JMRg7De2ly0yB8h+6nrzONfLxxImeuDnWaDwM8v9VX3crkJch2hEfKkR+jbURyxhfVDGvzHf8Lg
9v9x/OdO+93b5fjPbu8H//9F/D9z0ylLkfMzDuz39eljnff7GT+efRhenv79SIZZWrVNawBkhrNZ
IIZcsGR4y8ZBJIfSAwP5N2yqwSNLrQu1neWe8bSyWzx9pg+fBkllL6x4pt/IDcLKfliR9QM6dZa6
pkykj5V9qWZlZzo4VyySys1VQq0Htd2Kvsp3W9lf1j03hvQDl3ursK9VQMe83CHmsnGh2a3LmdQi
5eZYY8sAt1qn0EfFLpQ7qOKVEInAW0IhlhUa3buItOyOodweq+08Uqq0lCmrJmLpfM+JeLmbH0es
shdWFJvHsVgxSxyLbJblPpVTYBdzCi+MPX0qNgN9zo8Oji+OhgcfTw/+Ls+jeDDSEVuv80CqdB5F
LO3DiN1ToCBvwn2cigm4kKSxxzgH5noTHUkTcadW913BYGudr5+YYR902pdNDAcKFeROlI0N+Aqb
J5uN3HeySU6VGQ5cl61b0JGCtdHIHDtt06NiBI0aBsg8gaG2P3TcGq6hNU9EMGOF8CAjpgmxyB0y
QObJ683tRbnU46/bWaGEU7Ve395cwCZBC1ugGiO6qZCOSCzkrNQ3w19D9aWGo0D5bILIY7lpRhss
P/oKQzMONtQ61EuF6PoW2GMGbWmZUVsdDa86+bCezyW35uk11i8giPAsSG3bbfL1wWAAXV2UlSjM
42DzfNiWGnab2sk1JNPxcOZG7liqmjxiakbXuYmwx0yAH43gcT4DN5nCvx+ThKVZHFMwMl8m0BJn
Vvl1grGHy/Yk9SheM8ujNxGOCmjKHGgylD8xTGKRPmoUxnPh1OqzqWCzBLEnj+H9DFjVWiIE9cIW
dNTx+ClbrB3D4dl03O9/jL1pv38ZzBiO2+m2wf6DIvSl0+rNG+kSbMMeLSKei+3Us7JYyNovxYoB
LOArCMZAl1pZ1JunfHRm+8ZaFuQp/bqeBXYkSYciAalUpI8W2KGAjixXiNT+NJvBxkHmqcTlIZVu
UPnniPyVIgbX+2MepDIc1U+mY1kfcGrMfLh9zDw+StRs5IsobG5FFKhWHr4rXNQ8kI1LIiN9DKIx
Etsu11TAQ8YS2NUXUnEkgmjOcpqALIhXgVDAm+lw1YjThCRpXgXo5SSUzGRkvcENqx2/UQx8niRx
KpifLU71Anm0qitaaiLnNJF1msg7TcU8jWce1WSyOJlpWawG026cw6MPx/snw1/PT08uj04OnSiO
DN9oFsFL/tlS29z/9QpCXg5n1AHfbiJaYcAFb20OzxSuqjkaJC/CPEFBaQQQq3IVfQ72I9h2FNvq
u50ylBks8uWLF/j6NXNMPRXHVIGRf2KwQebFUmoIhddX3IOGJIdkZpljEQCqqZtMGyTkXN+Xk3iu
N2GFNmoL1V9qFdnGBmRj551IHBPpBTOfL7/n8uZpWPmga+nOARsWXnGRUqXrhuNPhxdEVwODqAb6
usEQkrex//h/KiVRzcU+c9rttpZO2CaesgglGIJn8wvkTfufcPb5Emx75j7YqNShC/bfYOOftnvP
beZ17RkTLsoEm7rbQoS2uo/rw067vQH5g6vQFYyLlpsELWpcMBAaRe2iIDShKcAQSypALFhg38PG
+tNEiIR6LTYQRmsVjH1iTAXBEnTY1sbGdLlSYW4VMKdYJWN3rMyNr2673YBMIRCsA1Po6ZKSxQXQ
a/caSw3zYIQiOSH0MHG5FGneBBJXTKCOFoB+IQPCHfMmMKUq3DFaiHmtxo8h0UypVrIETW0m9dYY
eeup27dJEiE8w8vz46OLvr3TXiyKEe2wal0rL+aKzAGuAL1nUA9dLuBvl5dnOuhGb0JhKWohXXPL
pHbqFFRKfB9lBhTam07tqbO+3t9cFN6nwGZfmtBjrH+92V+gsaaLDMMto4o59pKW+NWrtv3+ZrMB
gQ/2XN7mYQvrm5+C0jsnOaofM04oYg8BFxCrZycz15sEEau+t6yCb7wMn45u/7eEb6x8kGMmWCRg
nMbzJKupgFwbLta/qE3fghYTXkv2y1a2tDZZL0H61sUVlicXWBDWxoGNKC4Ww8DXF67elEqcmqqq
kKMcjckDTfdamNdqBGY2gr7SxfMf2YjVZx853NbBSkO50EDKZZoDlREri8g5MvCYDd0wLPCWviMm
YJ6xv6p4IJ8tR9okDn2WOhsb5leJOCozzoSyrtQKD4kanPKbEZHOWXlrrsBWRp8cpPhsrQOv4Zah
uXmfBkKwCL7MuYAovs/PZ8bk8iGlGn/5AdwrmAZoQrSLExpQSrzMI01IVUhW3gG1hCK5OUUMaYQs
nZr5I29NWRqxsJW6kR/PWmq4apzJmI8gzCzg7C5hZ5teYFe89pO0Xb5ISMxjoHqLhsVlwV2W0G6E
7ImbwCggQxq8fXp9Tq8viXNxo/wgZZ6IUVmsYNvslIio6Vg5f67po5WyeyTF0zugropMkXoZT1+/
rC0dtdgf+VGLqOqpJx+yG0sTbgr2QzIbySAX+wBapUHNJ7PFkYuODUK8BO1bB1CgsdIDQKSGEW9x
FgbR/KHFolGcekw9MjKszpRxEaPxHD1zXDca2b9KIul8C4TynFpcohI6tMjnI2okMvDwyAVLNjgR
CYc6PQMkS0lOlOnqzHdDL/cyMjaeg0kuXFs+GUpXjqKNnP/8IOVOrWOQju/UcCqS6vZKlvCRJVQj
eQRQbp9BRqRqdEsJnddoBwntEap6YatHMmN0MjCS2+HUaT8Pj96BqTLqp4ZJn7OtXGULP06VBCjI
fmwi/Wz+emvRUq8Cfztay16FKteGfkaJ4i4dZaYKL64AKEDNrpq7uvkSUrllsH4FVhWbfP0KoyDy
ZUd7FkQ+S8QEOoDnguwze2AeiBjNYNvDeZ4WsKUcBkhNVaRh+HF/O/k8/PX45FA92uwUiD/brD9D
NcuIrqahF6gIvnXxSGwyZNAWsL2tUVDahHRGRCmhNGxEzWovUWHdU9TmG+tCyURQbr+wP5w2Z4M+
K1gVvra3N7AWIW6sBrk0bxX5KJ1NBKn2/Lk9M2k837EnPUX/l4Wxa53i8MP8Zb7yuoZosJKKkuGe
Vos8/a3NbQTOfDyqzkHYIX8/mktYXbXkQW3n6t+8jLD9F3NGVGjtzjeqbENha3nsB6lTq/tBGrkz
JtEnwxmLUk+2VFpdzBJHF7W2FWDbtRrFta4pv9ZTKYIST9HSD4utGjILQXwfZfGfWV2eoICquqUq
g950qSVvg0x9OSs3el7TSWwi5qtxJbUTZQPQfiOVQmF3F5S9Y7yLn0d0H5rLqpmbTh3jAXdtx649
9V6rBxGL7NW5pidsb5UVd/Fq14jsbRvPtuPUX475fW+Beu0AbdW6nLWjZKOxbPxucahd/PUWf73D
X/9VtkKyM2nqGakgnoctnoKy3v15Kjc5f9yvcUblfUVDEj/KrUHvs56fQV3ldt73jHmyjAovdFb3
x5lVlY0wKFsxhWQJ+SFI5Yt4LndHtsoqStiWA3Arv3Ko33tgh0piFto0pD9ndzX10D1+vlBESruK
PWQalB2QkaUoGrNUKLsgghnjAxgHdyhs5slqKaPO2wYe9vaWwa443RtX84V9MUbKz4U66YN60LXc
VqeswG0uhHOsc1j6J6/E/luCKp+zn54f6lNikbfl+M5aCcvynrrIREs3lKJNnosZVzHa8mkEsaEy
anZzg+LNG3hlnhyEvBJ75thQ2tB7N42CaNwvOGK051GPpiYYZNufziNOSUGwNhAcak+7Cw5hMJNJ
Qgx7o+C81ouRtq76VnJiT7nTXitnM5HILqYCUY0Nul9qWLioK6LtTyENsjb2FDptORhaPEwKPX3r
qCRmSf5pQ9A4I3a6PQnGCv7C6XyKAZYpZmr6Ci47TsGfmV/5hl7CqIrYj9TTFSzfODmHPYjy/BO9
JuVbqnWbUNtpQm23CbW3sNioHPVr4ZmRYaF5Uy7k347805V/duSfnvyzm9FO0SE/JVOs8Ly/AeXA
IVCL6Fj6Uzf7tJN96mWfdo2nKLkOWIon+r8bNnO3Z8YfrHAf6LQhVR4GFM83ZcchxTwo46Zt5eVK
FuEB3e6871X7fZ6R6/Jor1zxqFcHaFmSBDCTIOXZgbSwV3Mp2stXodheciMZDt+8lpUKa1kRP79O
tZeU16jsuqjwZxmX1dmClqPcyvBkCy10lw7abjEjTHm9pUi/8shqgdnuDlPm8pg8Yf/VtyN2x9KF
ZeY1Uw2qNFQpSZcb3ruPvGG0kSWaioPRMGUUk+A3CtmuWEWSsnQeteQotu5U3m0TmlLTLI1AMZKF
UrDZKePCTUmvl+8qSCkutbLTZwW8CUe5b/ZAbSn/lYwfQ/FQGW3kTU1lroyLLflAENZ5PzMrlHGp
e0mrGw/kLVIS9Oqrtmtl95VTJdqLtONN29kQXDjxNHeee1PPokwehuoUjmSDQiT5KsOnZPirESxj
9NyKtmr1cihRz4KvxcxEG0/02of0S8d8H2s1wbq+joqpOmrtxuCZ11pmjo1aO0uyURjUSNHxi8qC
o1JtwGKjUbLrlnN/6WW+ckr+0/IJkja3tgPxSImb7jPixpt6/ar3iNl85mFzEt8XzNQtY3e0HSpT
QlCzb09BJ6Mm6Sa54HqIshSCHw+Hn08ujz8u+dnNO9RtqTPnUSCcWie/QVUF2zpfWn5duZyzTQHK
hFcClDyQONI25SkphaxdfY4CcXMdvYZsI1TKwCSOw/xanFiaS2s3jsJHiLE0UKnu6LE7wbh9HR3E
kR+III7OXDE5egi44I7GdwEnlsoziz97f2IZLZ2iIohsPa0XR6Oid1X78A0JmOcOWy3R8jYqQkA5
ckyXfFk5Zl3o7Ww8R5Nf+ZbUIC+4QyZx6BsJLVdnesy7rjrWqyNiJ+NL6SWZsNDXyCLuLK2h1oF7
F08kKCuKmSLrlB9UE0LACZ4gGjfym4ZUFC9IJQBv3pgndHmBqza1EuE0kAxSukVd8M2o9ymCSAUU
o86asJQNaE1BqMclIVJI02jKCKW0vmkZr6oX8idBSwJvymGe0DlQZ3Ol9AorQF12NJWeicsHoI1C
TkwsseNUK2WNUsNhY7auaKPTVZbI5am7kO8AVIpLLiO6C+soPKOixN/f+QXQC+//dnY7O+X3P297
7368//mL3v+Yud/zvL10KKvIpI5WvlPKR9qiIXL5uLVdUx8X8FqSotRegNqrKZVUwlJKZlh2B9IM
z94P0Gx9cEP6ADwYR26IBkkc0f2Am4YBS0FlNM7DneXIjRXZprEBWZn0KWXcOTg9uTw++XyU48W0
ONPM4Mw67H/YPzk8PSmsKMsgKvlsO51HhpOzoFJeaZ2SPcmQCxQxiX6KCBbK+aCE/TPo0ZJNpvPF
cZTKla4u0AkVPpyeXpI2+nwhs9zzQrh4O7tMI9v9mV6ZB6dqyY0lJ47hBMjQumKji/B/02mXtlQF
h3VzDxsNRKmdjXsX3LvsEarhy+UyZCqjHK2S9BC5VhrnFwvjNDH+nwHhjnlLK+mWe8/77lzE3HPD
IBr3KZbsxJ2xqiDO8XK0yFgiq/sNzFGKTSwkI9/gsBoS4Y5LYb6VLu8SUK+yLTQC8tLkW9g4il+A
JoiWwNfRoJQ1Ioohy7kGrkytQZnYZ0nIBFvJ7dn/ewGWbkvMUh6saL/izga+scUaLDvwG+WWKXcf
HavWzcckwsHTBK3RUXjKBqGCIKCAEnVJbyAmW5OdjWerBdtGEU5h022nTJJr4xC2GsOmiXW13iZp
8du2sRhZi7AUBpfzoeEyD4WOsNH/QcfZh+H+58vTi4P9j8cnv2X/o0X+33KYgQe2zSI/iYNI2PM0
lHKjqreVWan6P65YRVO2IqmaQv1zJuoSnzxLA8aYKw8M/yPff5tC+nvaf++W7b7M5tvp7ZbzP/R6
Oz/sv7/i5zVckn3gBQkK1qKh0Icxi1jqCuY3wY9lqLMfiG3s9Ej/iUAQybx5UhsTe7OmVCCt5trr
laYGNRUxxFOIU6XRlWFYTOg/cTmwyGf+9prkYPliuWpIPCPXzDxRfjxzg8j6kTRi9Y+M+vn++R+e
4/+lz532zk7nJ9j9wf9/0f63OzYPBPtOfoCX8v/0ur3S/nfbbzs/5P9fI//Jqd/pAxLA2nZ+fJOZ
Yaw1qSGys2NB6OOHiNFNxYSFYVEJuBxckOVJGt8FPIgjlm6gxUxJwfyYcVQR2ZVWEEGrib/lf8w0
itOZK7bX6toWZmY0Mh5I1eWQs6EObU/Lwn9hwR65reVX9TyET+J7dSdhZWkI1dfGD3Xx4+fHz4+f
/y9+/ncAAAD//+yEPBgAdgAA
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
