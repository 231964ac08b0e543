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
PB_DIGEST='sha256:492a1f2c774e5d6a53f0c52c951e74b6f6201533c54ffde8c686da4b6f282eb9'
PB_PRECISE_CLOCK=1
export PB_NL PB_LOG PB_SENSITIVE PB_REPORT PB_HOOK PB_RECIPE PB_ROLE PB_DIGEST PB_PRECISE_CLOCK
PB_IMDS='http://169.254.169.254'
PB_SSM_ENDPOINT=''
PB_S3_ENDPOINT=''
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
H4sIAAAAAAAC/+w8+3PbNtL9WX/FhpEj0RYtSrKTixSll4fb87TnZJK0383YroYmIYkhRbIE6Mc5
+t+/2QVAgpRspzfXznzzReORRTwX+94FwIs0Fft8+d2f+XFd1316cED/Xddt/B8cPh2WdbJ84B4O
Dr4D97u/4FNw4eXfue5/Y5Hm4v6PfLKL2aLw8qBrw20LILuYzdMiCabtbnYxC1fegs2CcMG4sFsA
4RxOwWrrRhZMwWoPLDifgFiypAUAwPxlClbm5RdexMZYDjQMLNM44PTMrjPmCxYANoFue2Bb1DVn
osgTcFsA87CabojzIJ86Xhz/kblo+BLaHiSpgPZgAnmRJGGyAHbJ8hvggmXgCZpBwvH+9ezDLyez
Vz//PB1sBawxb87mBccBRQp+mszDRZEzEMuQQ5hw4SW+Aq7gLIfAE55CAQcvURDjSAFchWIJ7UEP
LgpRLafDof3+9eyfr06Ofzj6+Am4d8PBoMLLJ8NWCeSotW5lF7Oc4XrCZKEI2wCZFt0eQMJYwMED
2Ry67aFN+CVsQOblAhYp45Am4M0FyyEkHLHrUMDg+YGca5mm0YxWGsdqulPJGI+QQd6/nv3j3buf
LDiHJ0/gFJwArPYtIvndu09jZ92/9PJ+HF70/TgtAmz25YuJ8lUUhDk4meqFY+30d9cIh5/JecpJ
9sUqs3Aaf7lKA3Cfue6WytUlOPNmeQWosap5mIR8qRble5wh0kLJfa4N+ao2kAWTCVUNnh/Y9AMx
UW9Bq2tQI0mB1u6ESShgyZB7UsgZL1asTo0xMq9kLe7nYSbAW3ihJg42lZS01OwkQhsIz4ukz2+4
YKtA/S9lGOSzL2I10gRYzFn5QPxPsocs4KoHtezdatGPvmLZdT4LORSJxDcLJBMm7FrKZcmEJCBh
uTyal3HP1zyJ3KAFIEtzUbKjhubt8Yd+zvw014w2hpfNik2e+3D0/t2HT5rrsouZH05RGaQ5aUwI
kzqGrX7BJU9nN2KZJqN+EHLhZJ4feQvGJacjsfuXLOdhmuxnNw+MsNvnoWD3DzGBIG0ppsuVolZi
J2FudzkLwEmgw/u/zWa/Hn34ePzuZDZDRX7W3d89s612/2zQzzq6t42dL3LmRS2AIE2YXD9HC1Gx
iuMoIGD4sh+wy35SxDF8Ae8qgs7JB5hOYQC3kOVhIqA9hHUHOeX969mb42mbQMOHj2/pgQfw8xvS
vm9oAOcSuPBEwack684lfOZpMiWqScJIAe7Q0l8f/Xh8QkTHD1KoG8IUBhMI4QUMD59OINzbsyHN
g1NOAM271o5v9SC0z2EKmr9z5ocZgykcnfx6/OHdyalF0705fn9knU8gT+ONync/U5W0l43Kt8c/
Hn38hNV+2Kh6c4zFPGgUf3xrnRMsa/qeF4kvEMO/d3kPANJC9CDpQdgDvwcXPVLlPfjcg6gHaWSX
KEgLhMWyJpDAFGKWLMSyy+3tCJpCovCjuwP4MAVeXHCR48xhDwb2BC5gSij0z2GvVAOkb7o+kts6
syxbzY3f1tnZmWWV7UinGI3PNhqfbWl8AS9gNESpvSCWGj4ze5XUPDsrdtyDa6sHF/b2QQbDv5k9
/XqraulAWIUp9no5RbVO4oB4Gg5HNnwPAxiryuHQqBw9x8phVXngVpUHB1g5grGBOIA0gqmc7iVQ
4xD25DNSxWhIJPssSZZG2PIzNWGoNj8T7SBS5DHoBnvIHAObCDYhVEQSFYjQCF7C4PnAlmC4iukq
osqJJHhTGN49x6AxR5dIpZBDEz51bZxRVYyeyYqXMDh8blZIjFEPRJhRcVD2OBjZ90CMQBrsYbIw
LWSPODmEPYX3tSR/jQ+L+XweVKyoJ1mXWoLcFOR21UMxeUNoi4Rx38vYpuz+uYK6TTDPLMldLyBB
DIV7e5PtMl4hQnVNLPgerLPEgjECvq6LzaY8NbCUFsLAjYY72dvTv7wVO01QCbeHE1h6fKmeRhPI
lh7XlQcT4EL9PpyAnwa65ukEgiJXD88qH6jbPiRflEdhlrHAskGkwouR8qqZhOno5G0JF9ocVPFd
aXwQAS7KrZVGuH6jGL09rCh9bqy35l4Ys5J1pG4C6/YsATizpHU5s8aww3uqKI3rBegkqeCrVk6W
f4amv1asHLp6GcFYK0I3aYYoo9JAlRI6Zpz5aRLI9vujeTkIy6js1OrB710Juk0/01j+UCEi/vRD
+scD+Q+RaPeUAe8ptL8kC64wE4cJolm7hQ7icAxWDe8V2mtYvwvpXUu3s2zLBkuZ5Kn+UZkKCdAU
V8stBd4fkDhN1R2OqAK4PbOQiRXC4cxCJq6eiImrxxp1tpAGzqygyD1UIE3SrK0ewvYSBoiDHq3d
IoyTEIXn9JtESP2WAqQeuJC/SHTC8x5JTXheJwzAEqagxpigeuj2f+NLb3j4dNzvgWX1YFlXMDQs
aYo0smxNWfpXYXyHj3d4iXEFbk9rn2WPLMjQ1jBtseBymro83zvXAxNJbDR0VkXacy13S+ZHpSB0
E7LTpA8BFAHqCESlqi381TKMGXS7CyYIxhhegBwQO7kmU/EsDkU37sF1DyywKgSgnbs+HZzDx19e
fzx6D9eno/Ma/h91IwxFOGOJjaodf5xGqAz39vwJGmuWo8c2hchQ3gKjrCnErW0OBrkWT5VfIVng
9Dc43wXFAdi5gtDHtckZSyLcSg1SsTkt+78mBb93r0+HkqtLI0tA2bLuAOuuTw/P8fvpBpk31uqr
tTZFm5io+3lT5OSaJW4/nzdkaJOL5kz4S1axkf8gG63uYaM5vAA14h18NN/koy1ai6dF7huq6dKL
CwmkpIDvxbHx6AnBVpkwSrbpp9XeXlM7IfsSPYZEjxF9H5xLCtWXvUUQz5L1WUIjP4g0GWoijqR5
72g0TctoXxVYSg6njTTAviy2NvMG9QySGYIaBSoNQZPU8kdDnT/ifGVTLM1XspnOZY3w68CaaL9J
ZVf4SDYfNdqB1b49HDtrswM8Bg/mYcxk1jNOvYAFECYilRnY5DLM02TFElElULo0S7HyeATuM+kW
NUAGCFcBJzDwh4RBgQc0nw2+J8BxalU4gUqz/Prqw8d+e4BuEfn0t9sSuX5axAEBLvFy6eWhdxFT
8m2epyvAVcusZ+lcDlqSZbKLGa7WyARxptNA3XJxlBKRjNXZ4R2ZZa5DaG8dDB+rXPnltN0t12v0
NYa/tqt0JuL60ovBev/qw+tXPx1h+1l7MD1r3+JgO9drmVzN0lw0G6n5cQHV/N5VNO14V1FHZssp
W/I/UOVingzgCyxyloHzO6y8q0gl+VRXS3UIE8FyzxfhJbNUiq8tm4BzCUGYT8vVUf4FbamSl49H
Jx+PPx3/ekQVOUP8TK327WDsuGudkynDIMIechGFP8mqB/MexJS1EJXqigyFl5ApQUVGk8pOhjb7
CidtDlNcA1h9C5LVaVjZzG1Gea70KNrTmJwMywZ+urdHVi02TF3KWXe+1Z4gPEMFT6ThgccQpwm5
n/Mw56IHPAUPSNOCnybCC2lXwktSsWQ5hByQ2CyAq2Uas8pcI0bMVZQmLARHmrGXUxggC+oY8vTz
uQ0v9KOwJ/DZcXBVnzEGJmt9+rka0CgXteWtzQwbKFGoR3OINskF5KPbqlXd12+7d1nfSGcwSmB0
VLxBtAxXnATsuouj9mgJ9oYRhM0MgGw+6EGG+LLBesFZwkPk/peW0VEBW+uVwV4Nq/ZGZqDshzOW
9qdhzsyK+Twu+FKhaN1prVt/5f6fDIj+3B3g+/d/XXf41G3s/w7cwdNv+79/0f6vucvb3AZuGXs5
t8Ye5E5/d92ncF32U5spxz98nELOvACcvBwEXjzU98sXGLfAMMhnCZrkWz3C2EnShK2tv1g2/j98
4vDizz7+8YD8Dw9HTzfOf4yGg2/y/xfJ/8rLI5aj5JcSOB5rX3yHj8elPL5/Pfv07qejEww2wGrv
WhMgp9SPU197perQBrZ9/+HozfHHo9mbn9+9+Un6g+iY6J3mx9UGcF4kCcvHMGdXdDSB9+AqzcUS
PMjy1GecA/P8JZnI7GKW8Gm7G3iCwd4O3zkxNx3J25ZNjACGCqogptOBL7B7smtXscsuBTUrHLgr
W/dhIElp22Vg5ZoRjXFMxVB5RQYzrfH0fjuuoV9kIlwxywTWOMqCWORTUnlF9nh3f90s9fljtyyU
cKrWO/u7a9glaGEPVGNENxWSi8Jizhp9S/zZqi81nIcqZgoTn1XGgAgsfwYKQysODrQH1EsdCgos
cBYMXGkLqK0rO+WqUwA71VySNLePsX4NYYK+GLV1XRwtxzB2qIvKEoV5HKyohu2rYfepnVxDFi1m
Ky/xFpK5q/36FU7mZcJZMAFBMoebYgVeFsG/b7KM5eUuejgHP12tvCTA2IaWuLLA2ODGAMug4aYF
ox71TRDp+hLjqO30MoAlqL3MMMIiv9EoTAsxbXdXkWCrDLEn3eBxCaxqLREi8hva3ZJO5W25WCeF
t++jxXj8c+pH4/GncMVw3MHQxQDRav/dkkHjkycyJHcxJpaT7+e+VZ7haH9fr5jAGr6AYAx0qaWB
yn0VI5vt7VZ5OIWKcWwnkaxDZ4SoVOQ3FjixgIEsV4jU8azDoPOmzBTg8pBLO1T+S0L5ApGC5/9e
hLk8RhNk0ULWh5waswAubsqIS6maTrWIGnG3nF5RpzHoTNcFsnM5LqmM/AYDujCBQ665gMeMZXCo
M8RpIsKkYBVPQHmmSIFQw5uZ8NCI04wkeV4dD6lYKFvJs3yGNNydeElS4EWWpblgQbk41QukM9dV
vNRDyemh6PRQdnpKeOzNxMzwmUrNlLo4W2ldrAbTYdTbo9fHr05mP3x4d/Lp6OTtNEkTIzdRnjyi
/EijbRV/PoKYNw/T6CNmXib6ccgF7+/O3itcbZdokLIIRYaK0jj4pMrVeTdwbsBxktRRz07OUGew
hLJjf0eRKQPD2/qY6ljOHxhsUkaRygyh8vqCNLAlO2QryxyLAFBNvSyyScl5QSAn8T1/yWptFAnV
f2qVOAYByrGrTqSOifXCVaDZztCafpHHTQQT+23k/LBhyGknngXy/JsXyHTf8T/ffiS+mhhMNdHp
PkNJXqTBzX+qJdHMpQGbuq6rtRO2SSOWoAZD8Bz+EWXT+Re8/+UTOM7Ku3bQqMMQnH9A51+Od8Ud
5g+dFRMe6gSHujtCxI5KkI9h5LodmS3EZfVjTzAu+l4W9qlxzUGw69ZFQWhCU4MhlVyAWLDAuYLO
zu1SiIx6rTsIo3UXjGMSTAXBBnTY1sHGlNzc4m7VMKdEpRR3rKycr6HryiRxBevEVHq6pOFxARy4
B/ZGw2p3sM5OCD0sPS5Vmr+EzBNL6KIHoM/kgvAWvAdMmQpvgR5iVavxY2g0U6s1PEHTmkm7tUDZ
uh2OnRE6vuc1St6xijvT4HVRAE+AphB0Y48L+MenT+/1nrdGeQ1wI0teEkjaokHNgKRXSekuoXc5
bd8OdnbGu+va+VfYHUuHeYH1j3fHa3TNdJHhppU8UGAv6XefPnKd5+e7NoQBOIXMnWMLa6ue2Gam
6By1HDVIGScUseuQC0jV4diV5y/DhG3fJdgG32ITPn2S8t8SvoXKcSyYYImARZ4WWVmzBXLtpli/
UZuxBX0m/L7sV65sY22yXoL0tYtrkHfdVM1GeEYcl4pZGOjtDT+ikmlbVW3Rmhxdxzeay7XqbrcJ
zHIEvYGC0R55hNsjHTnc3ps73eJaA6mFaQ40PaypEAsU1wWbeXFcky29I0PA3ONtbZOBarYKacs0
Dlg+7XTMR4k4KjMiQFnXaIUhoQanfkj2C4i8YE3SnIKjXDw5SP1Y/AAewwVD5/IqD4VgCXwuuIAk
vaqiMWNyeVFDjb95wP4RRCE6DG59QgNKiZci0Yy0DckqF6CWUGe3aR1DGiEbMTK/4f2I5QmL+7mX
BOmqr4bbjjO5wxrGpb9b5ipH+1ns+WzLbQLJ281EZWYGferEPBY3FXdTQ3sJiicSgdH2p3RvxxDS
eXYvkZKLhArCnPkiRdNwn1ZGLkTUDKxKPls6kFJejuR4OnM+VPvA0gpjrPV9ayOwYr9XgRVx1e0B
ZXDMpQkvB+c6W83llrLzBvqNQc0rOfWR62kMQrwE7WsHUKCxxjUF5IY573MWh0lx3WfJPM19pg60
Gz5mzrhI0VVO7gnOjUbOD5JJBl8DoYxK60tUSocWef/+tUQGhopcsKzDiUk4dOmyAvlFcqLSVpeZ
GrqXULKxBq6UwtZmHCgTN4o3KvkLwpxP2wODdYJpG6cire7cKRIBioRqJB1+leSZlEyqRreU0nmM
Xo/Q+Z9tN3j0SOaOeAlGdjGLpu798GgKRMqFjwwHvhJbuco+/oyUBqjpfmwis2rBTn/dp33sT69+
PGqVd1dUIoNr/bECJ5+XrgqvrwDoOIizbe7tzTeQyi1D9LdgVYnJly8wD5NAdnRWYRKwTCxhABgF
lL/ZNfNBpOj0Oj7Oc7uGPZUeQG7axhpG1vbHk19mPxyfvCUVYeRrDchb1T7s13DNJqK389ADXARf
u3hkNnlAxxGwv69R0CBCviKmlFAaPqIWtYe4sOsrbguMdaFmIij3H6APJ+J06LeCVeFrf7+DtQix
fTfIjXm3sY+y2cSQiub30czk8Ypit3qK8fdrg2qD+vCz6uafyrHG6LCSiZKHp6w+5fX7u/sInHlR
ScVB2KG6q1RpWF21kS91K/Nvbj04wYN3UrdY7cFXmmzDYGt9HIT5tN0NwjzxVkyiTx4eqms92VJZ
dbHKprqov68A22+36RRZS2WxbhvnlTBmlllXbGXLW47pVVKetirrqguQVDVsVBn8pksR5gmsTXu5
aja639JJbCLmt+NKWie6s6izROqK5uEhKH/HuL1XJDNkmEpXrbw8UkeOPr36dNRvj5z27cFjdR55
bZX0V/yE7a2m4ZZbXUAHUh0ehXQHtj0Ct0pX0xm/zRN2zy1Qh43BVdqoeSu44aOx8m7qsD7UIX49
xa9n+PW3phdSxqS5b1w1vR+2NALlvQdFLolc3WDUOKPyseIhiR/jvuoDM6gbwoPnB8Y85b3PBzrL
Y/mVV1WOMGl6MbUrnVUQpG613nc3uFzlNk7YlwNwq9pg6F754MRKY9ba2DJ7c3gv9+CSFPcgTtyt
4iGvWY9AnuNC1VhetT4EEa4Yn8AivERlU2R3axkVbxt4ePlyE+wt0b2GWM0pwa3GgTImVOyr71IY
+kTfJ1aXapHEta3iHQ4bf3Lz6+8STHlt8t2HtzpCrMu1HH/a2sTwBVuECcE8hPbI2tiJFC7lLFZc
nYWUZ5JJAJU7c1i5Ek+ewCMzZhBy6+uegKFByisvT8JkMa6lYHSGUY+mJpiUhM+LhNOlZawNBYf2
7eGaQxyu5CVmw9OoJan1YqSXq54ayeqIT91W87a1RHV5dlnvxGJjg+M3GtY25Opo+0NIg7KNE8HA
lYOhr8OkutO7i0pXNjSfdgGN6HAwPJBg3CFZOF1AZ+3kFfi23morAyn4I/OrrNBDGFUnYxNpxKm8
c/IBXkJS3XI+6NGbHNrDHrRHPWgf9qD9FNadraN+qZ3vN3wzP+JC/icnzZAR6uq0dRv5Q7lorS2Y
VOTUd7m3heKoyM6bGTY6CqC8ANeqypXgYiTrDJ4fbE+Q3KMAZQysctZogCbogpHAmO80qC77a62o
5lKkqlahpEQyL1nYr17LXZpdWWFtre5fozJy9IqCZny/Jelj7N+Wi2mCQnvIBixaEZhdZQZzWL+e
31xnc+A0MkZVSytpOsuZx1NKFP1t7CTskuVry3ytiGqwTYk33pHhxVfeDbeNNrJEew7hfJYz2qAP
7NorK9iWd4TkRdKXozi6U5PGJjSNppp4cf1YB70BxckZF15Opq+ZyifLsdHKye/VgiYczb7lbYmN
l1jIw1Qo11uP3viRafGU/d2T11dgh49Ly6t8L91LOqUYr/ZJk9IVhPahVW7eRUr/1TnHj9xyCC6m
aVTllv3It+jStWFfxFQKQO0g512+QcMvViNYxuiVk2m1u81zNQcWfKm/JKJzS0fPSQkPzNtbVg+s
s7Okfqu67dqTe64OmNeh2255H7o2qHGb+nv1wgJ1KxrWHbvh+mg9X0sv0jIfTRvpxWaARcRtjyCd
K0UzvEfR+JE/3nY5ppzPjMWW6VXNk9szqKNdNXmnmJp9/XtkqKvcVq0ic0PkqveG3C1CVRu1P6sC
azNF2tTDZRe6OZQW6IipWF8N8lB4ihJagVwhYCtg1FoepbhAIf1qEAM656COPaIyWbKcTVBrXoWx
HpeoW3sJjkk8pU0qWB9th/YPzp+FfsShyMhV1a+yoquXd8CzGQU3bozJuyB27bVCWOKkuVaJGm9G
NGm23tJGv/Gnvrj27XDNAolGeksQl4dLa+v4doa8/pFZuT///PezzXsf9TPfjfPfo8F3cPjt/Pdf
RH934PBQsD/pJsBD939GG/QfuofDb+f//4rPY+lVDMaADNDar247y5shVsu8JtvhLL9k+YxS3R10
Bow7qkG68sJkbXUmrWbVImcMXd+11Wl1gDxGyrt36EgMztyBDvJIBzp5mooxfnUqNwI6ySJMrjul
kS4Lvmnwb59vn2+fb5//7PO/AQAA//9+KCC7AFoAAA==
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
cd "$PB_DIR"
if [ "$PB_PHASE" = fetch ]; then
  umask 077
  pb_marker "boot-begin 1"
  pb_guard 'sha256:492a1f2c774e5d6a53f0c52c951e74b6f6201533c54ffde8c686da4b6f282eb9' 'error'
  [ "${PB_RUN_ALL:-0}" != 1 ] || : >"$PB_DIR/run-all"
  pb_fetch 'domain' imds 'tags/instance/Name' 'imds:tags/instance/Name'
  pb_set 'greeting' 'hi'
  exit 0
fi
[ ! -f "$PB_DIR/run-all" ] || PB_RUN_ALL=1
pb_load 'domain'
pb_load 'greeting'
pb_run_step 1 1 'site' 'sha256:f1931d17e3e490ebd43c920a098b38c94af9757e8b1cb8dc302b99ab14d25992' 0 0 "$PB_DIR"/'steps/01-site.sh' never boot
pb_marker "boot-done"
