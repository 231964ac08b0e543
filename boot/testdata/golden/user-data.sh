#!/bin/sh
# parbake boot runner: generated, do not edit. Recipe 'web', role '', parbake 0.1.0.
set -eu
umask 022
PB_NL='
'
PB_LOG='/var/log/parbake-boot.log'
PB_SENSITIVE=''
PB_REPORT='/var/lib/parbake/boot-report.json'
PB_RECIPE='web'
PB_ROLE=''
PB_DIGEST='sha256:492a1f2c774e5d6a53f0c52c951e74b6f6201533c54ffde8c686da4b6f282eb9'
PB_PRECISE_CLOCK=1
export PB_NL PB_LOG PB_SENSITIVE PB_REPORT PB_RECIPE PB_ROLE PB_DIGEST PB_PRECISE_CLOCK
if [ -z "${PB_PHASE:-}" ]; then
  # The parent unpacks the bundle, keeps the variables' values in a directory only root can read
  # (on /run, a tmpfs, where there is one), and runs the two phases through the mask and tee, so
  # that every line reaches the console, cloud-init's output and the log, with no sensitive value.
  mkdir -p "$(dirname "$PB_LOG")"
  PB_DIR=$(mktemp -d "${TMPDIR:-/tmp}/parbake-boot.XXXXXX")
  PB_VARS=$(mktemp -d /run/parbake-vars.XXXXXX 2>/dev/null || mktemp -d "${TMPDIR:-/tmp}/parbake-vars.XXXXXX")
  trap 'rm -rf -- "$PB_DIR" "$PB_VARS"' EXIT
  base64 -d >"$PB_DIR/bundle.tar.gz" <<'PARBAKE_BUNDLE_END'
H4sIAAAAAAAC/+w7+3PbNpP5WX/FFqEtyRYtSo6b76QwrZOoqaeJ47Gd9puxXQ1FQhIjEmQIyLI/
R//7zeLBlxWn7Vx7c3PWeCwSWAC7i93FPqBJkog9Pn/yd34cx3G+f/ZMfjuOU/vu7fed56ZNtfec
A+f5E3Ce/AOfJRde9sRx/ieILBP3f+STTsazpZcFrTbcNQDSyXiaLFngWq10Mg5jb0bHQTijXLQb
AOEULoBYBoiAC8TqEbgagphT1gAAoP48AZJ62cRb0AG2g5wG5kkUcPlOb1LqCxoAgkDL6rWJHJpR
scwYOA2AaVgs18d1UE5tL4r+zFpy+hzbDrBEgNUbQrZkLGQzoNc0uwUuaAqekCsoPE5ejU8/Ho8P
371zexsRq62b0emS44QiAT9h03C2zCiIecghZFx4zNfILTnNIPCEp1nAwWMaY5wpgFUo5mD1OjBZ
ioKcJgfr5NX4/eHx0U+js3Pg3i2H0i683O43ciT3G+tGOhkjNWMkTW+s5uW/JC+RL1ewvS2b7gpy
B7azJvCdC70Km+vkp5Nx7GULlyBWZ+eH56OutW9bd8+e8rnXP/h+sCZmRXuq5AXhq3KiG2kGBNG0
+SJMweqBtQ8O2bS7F1ava/WvEMCLMuoFt5B5DBJW5XR5rLUP1jOw/gU4eUoDcMAh8PKlRPzN0Wk3
o2mSCfLAJrsuaAxKCBDFhMx3HfUkZUiqghRXYu3jv2f47wD/fY//nhP48kWPs36oqFPmE7AZBWeD
eOdETL0wogEoePkVLLNvkWOmr1KVz5kswPnGVPEiCDOwkT6z3dg8gJfFziqZU2O0wOm9r04HV8gC
OfShdaRIjk4+nJ5vdXekMHmrBdjXwIUnltyVnLavIaN+mFIlh6ej10cnI9WcRKbxwzvVpGyYq5d9
Ozo7l82feMLMcFxuT8QpgaZk4HTJfBEmDD63eBvuYMaXk1b38rLbAXJ5eXlJOsDbQ91MdCvRrYb7
l4QAV19rOeud/A/AdnfNkxfTC3YFrrRNc4/P9Vt/COnc46Zzfwhc6OdnQ/CTwPQcDCFYZvrlez1t
OIWW9QyVmWjpJ20QifAi2M3BFE6j4zc5XshhCi60FKvBdcFpww9AkgWBARAlhERDp1nIxBTI3SUD
uCRqPy7JALZ4RzclUbUBVUkfKZV2tV6lid6EYox0ytZAt0oaxpz6CQsU/N7+NJ+EprLtgnTgc0vh
05aPSaQe9GmGj5LWdkdLVUdz56WUCk1gFDLkhrFCNprVAZAKe+5xp0X0lEDapA0klz79AFzxrUXU
ki5SwIlGoK2XniYZtEJwoTeEEF64wIYQ7u62860q2L/FkXyAu0uC0qSZCJcEpal4k9JUvFY4voHd
cEmCZeahDtTZvSYdxO0l9JD4jqSdSJ5KaQ6v5LOUZf2sJFm/cKGepAyHVx0pvuFVlfUAc3BBzzEE
qWa/6wMGtY10YN7OYVHc5bS4JbgdbbN38qvg+BYfbPGc4xrdDk7PRdaad6DXgV6/bXAqVqARp7Vl
tDI8vJQGemAts8a6Ud/Wq0u2vmTIbAYvlaThTmt+V/klR0kUlGo371vf7W2Ir3O7XDZ5pQZtzMM4
4NqU+0kceyxAg+kvswhedgN63WXLKIL+y+0emvS7+mktAUMOjNKABugZ4ZEN0yyJ4ej9mzPpteR2
std/PpTkp5OxyG7NsTpJglvXasULQeMUubSahxGFwRCCxDgRCG61WuoJdqGn2ZlOpCy7juM0tIAg
TLKgzLVaEj2bnyEz7H/DycdzsO3Yu7FFGFPog/0zNP9teytuU79vx1R46LbZcrgtRGRrhRjAvuNo
TiNZ3cgTlIuul4ZdCUygX7CrXTrcCwzL2FRwSNTpjVwgYK+guXU3FyKVo9ZNxJF8DceBPNQ1Bvew
Q1gbgbt4kJYR1B5KhXPSbwDwPa68aeyE0FDRd5w2+J4o4TqELM49P9OivSsYDvXAZ86z9j3AQtuq
4oTYoy0AlgBf+nNIPTGHFtpI4/iB8Ga8A5R5k0i9QMiKXsOftvGX1ccIoMGLcs838qKdM5Eh+2cU
9qvuGXwN+7oqJMsokMFHVQUw6DA7A63I4wJ+Pj8/MWeHYXUFYYNueWN4RGkqm4KEUaW9nMf3lddb
8Y26+7VY6vC3M3j97miDGp+dvUe32IupoBmXPIE08jS7o4hDKJD7KrZacT8KCyoKnW8om8epANuW
6HEew4wKO58cbBvtpnKubRsDJDugfnabSt/Mtj8vMYg7MfB7v3rRkoJtJ0uRYhBFb4TyRv+jHcuz
s/fj0fGbkw9Hx+cDe619Uo0DsX7EZSgL0iRkwkbFVH5vaVQR3cg5D387G5+O3h59OB7Ya/X6ZvTT
4cd350VzHvvAUxXXabFsckhWDDI6C5M8LlJvJgQPOLLWpzFloqu6pJoqNioJqCCvYLTnL59JKXJL
lsK1Wj9/eD9yrTv8GtjdLEnEGrd7PHrdH78fnR++OTw/HJ+NTn89ej3K6XYLQ0Ik9Mnh29Gp22yq
lbe3zcl1U0XQrHqnHrZupKVXoM0tjsNNl1zh+B1ZE2QUvRGg95EynTy4lvsrA+WEUWB0JU/dZAqh
kMxUCjClwp9rFWhJJi1jjy/Aef68ZM36hR1DRrfBcFxGcLmp4jyWXSid1Z5pGFFl/iT/iy60IzrM
+fXw9AwNbQOg/VV9K4yExByuvSyUhszqKYuB0WRdg7T+pJNxlHiB1BGt/tSEYa2c7NL+aKb3SQ3D
9sbJ8LVID13jeWXoLY39+vbTay8CcnJ4+urwlxHCj62eeym3/HrrRoZ39AYdlDqQXh8JKNb3Vgu3
6a0WTaWEMjD8Da5pxlHolU2DWUZTsD9D7K0WWu/0UKIHhEzQzPNFeE3JUCmHpUBUuJi5OXUyUkQj
xHXGY3R8dnR+9KsONinyxyXWXU+lT2rRo+QeylcHWAdY3IFpB6IOfOqAKHz5BbjgmIAQXOBpFArp
THM1iAD5E4HBFFykAUiXAIsvwqu8R3lQrdaMCqk3EbyAKXqSTls6t5GMGEkb+MXu7gIjyigf60cJ
p61p3V3N8elrfBYGH3gKUcJkyDMNMy46wBPwtAr7CRNeKBNxHkvEnGZ40OBm0wBW8ySi+cICOVKm
Qi75CVwIwUY2fIKXLvRQBCPKZmLe4hefrtrwwryK9hA+2TZS9Ql9xCs54adiwlK7qJCn/r8avT06
hjvQqlAN5ZFtSgowKOi1NVQ1grScRg11ibbi1qfq7iVLJJiQe5uWIsUsoDctnLUjSWjrzSuGmwnw
vw41FHivAynyqw3kBaeMhyj9L0lpoEa2MiqF3QpXi4ho3aiNwxXzAKQWz5Q7ptNoyeeaRetmY914
8vj53/mojMTfWwF6uP7jOPv7z2r1n57Tdx7rP/9Q/adc5amXgSp5/FIN4l4u31SNOA3AZtDk3d8v
LgY89Xw6uLraKaf9yKDSc9m6+J1c7Vy2yd5O97LXTZv1pb7AHIMOm0GvnXuyuSdzyYwDKXEY2Cxh
dE0ejcof+kTh5O8u/36r/nvg7B/U67/7vf1H/f+H9F+V4VDzc60aDExgssUHg1zHTl6Nzz/8MlIB
LbF2yBCkh+5Hib+oFhoR9uR09ProbDR+/e7D61+Uc1wqLepIeJIkQlZkaTaAKV3JnAHvwCrJxBw8
SLPEp5wD9fy5MTaMu1Yr8ASF3S2+dbwpg8W4W81aMV7Ees0mfIGd4512EcjtyAAv5jqXyDh0oae2
st2+n77SaSJTppZJETvDKZYpjOFFF9HuLlOVyivQqxpNn6ugeJk+3dlb11t9/tTJGxVmGnprb2cN
OxI/2AUNjAyWjdJDoxGntbE5x9p6bFtbUxUyhsynhfmXW6oeA82TmIMNlsqv6tRYoBJjjsqhSFid
us30oAC2irXUZtw9xf41hGjPFazjyGQFDIfQN015i+a1KlLm03b1tHsSTtGQLmbj2GPeTIlzQ3nb
iDou5qXCnlEBAZvC7TIGL13Af27TlGZ5PjmclvNlqr5J6jmzahK3dg7JEdVkXSmLKhN0pfhdYu2l
pWO3lP1WmZq/lPy+y4m1E3hzspgNBu8SfzEYnIcxxXl7fQfjY5m3kTHz9rbKSDi6rJssxV7my4q1
bLd+qHYMYQ1fQFAKppXk6StfpwjK8O1aUrVU8TYXEfJUaySgp9o1I004b1Novs4TJUgeSmlTtn/U
ed8EPP/zMpQXMCgE6WKm+kMugWkAk9s84NTGpVkQUdncDTnR1PMX3ozKWxwTFOd8XmkksluMZ0MG
B9xIgUrPHug3jHpDtqTlBG4pjYwoVPj2lVp+kenVCPFChNJYpQ5L2vD1vJPMp6dpkgka5MTpUSAd
KmhpWeqg5nRQdTqoOx2tPO0HMru59U1jY331ZCaKfDN6dXR4PP7p9MPx+ej4jcsSVkrNmH1Q6aEa
bBF+fwcRh+61l3WjcNL1UtGNQi54d2d8ormzWYdBaR8sUzSNQ7MfYNp1NhvsW7Btltj63c4oWgmZ
kpQa9OVLHgnfVeeUWbE/NdkwD5v1UYPm6gtyva0EII1JeS6JgAb10kVbmjUvCNQivufPaQVGb5r+
llDMLrE8n7sYJA2wFLZkxXLTiieRa931trYGO8Ve91D4dwbqOJ1h/9OdwRrNuGkqmfRcPJY4Sp3K
F9859n9d7bQhDMBeqjQjQpA/XLqQt6zUrEFCubQV9CbkIr8rFHv+PGR0c0J1E36z+/jJcboEgBC6
jjCjgjIBsyxZpnnPBsyNSSO/S5gBgS4VfleNyym7R5vqVyj9UeJqVaN1fVNLzpu5OBbKyK/k1ehW
49jwW95d0IzRqJt5LEjirgEo+TpIhsikqasfXbJg8docCaZ4bFlgFWuZ5DQ6j/K42exGqcl2X3/1
zK0AqCowUjxGKaf1guwShX9Gx14UVWp8JtstkXnAlG+qxRWrFVyeJ1FAM7fZLL9KylVbifWqrwYF
Lwp0vsJz9GKTlZqzOqNp/qu7eYGhuJRthZEW/byU+hQmFI/BVRYKQRl8WnIBLFkVfmOJEnWJtIRV
dTbcyO9gEaKxc6qLlpBTjF4yI8qbdk3HKtMwyg9LJZZHP525ZfakZXfwAuxA211Sq/7WKzgeQ2VE
oqmsC6mDbyBLofKmp9RTZEwQZtQXCTo7D5V2UYRwo/vE1GWMS65vHgovA/smjae6PPoaug9fMaSf
a1cMEcPI86mqXVXHlu/gfvWOYqEzcoqHS1tqKXSjMMhrcskmDi16Ewp5GUhfbsxdClO0VDvbuO8J
KRcIpy10Kwgz7lq9aiz69vjj+Kej4zcydK1fcFX100aRaq+LRIAiUSmzqoxTsNVdd/W1yLcjMsy3
TKNB9ClBrKcYKQkTKdWsFAt07TYOWUBTMYce2LF3kz/TG+oHYaZv79gC9vYQk7s17NZKwVksb1Eq
LEtnm2HmA/RJ6JavxT0o0YVejMRy72EUgc/B9qEpnzWuml97e03sRYzbX0e5tm5JB3KGak2XIveg
Gqs9Q0OQaTSKHbszSwx+WJd2rVedHk+BahyJbiW6AuZmFenKbEV3Zw+Ry5lY3HvGAUSFOBVNMV33
YkKnkVupckLFDr55036D/en9QeNTMj1G44IQQ+0gzOTtC8k+VR/Or+nmGxZm2j6JOHVNU3dPI7Zn
WfKKWUN76ne1kjQGiiqyRKi2bJonK5YX1PM+1RUngerq17pK8mZaEechrMtX2eM60MMWS3ETOb+Z
Vyp14mdhHsMrDJ3nBweqhA7lsvw8WVXybLtg8gY9cz6p+0vF3pfyEfyWCxr7InogI1HA6ItQeuvK
KaEatcUQef0AY76hkSY9ybcYILz83rcR1262ZF01daC/qzY3X1WOVuHKBM38H0Y5kDeTdPoQRXtO
MzrEGGSF/oKaV94UwSOH0ZviRx4F5vkvJOo/SJjQWcjkLxL6xZX/UlpMOK7M9nB9L0EIGqdCnsv6
3DkobP72NnxX3kqh8jAPbGSN4pWXIYmDio9vbsSZ2fQCQ3XvytpHxnDJAewNBQfr7mDNIQrjUJDq
kVDJKxliVG5Jv5XySxsJ/FPkQQ5jL6DnqMnw+KDqlxImKaWdnZprYk7Vkl/T6z9TaNRFRbMClwtk
hdqbCgwQTYYmlzH4M+trf/++c4WDJhn1FrWEl2ai4pj8RchVPfiQKVhtmRxStFfEcuqFkf6dTO2X
IJvdUkO//vWIVIe6v7XBDS3lmnJi66jIfFcJFyMn5aEqIOoX59wmOoskKsg/YxJLB0Dl9ykfjkdk
g8YmixIykiPmLI3GscfCaaXAyWngyjsWSv5LnkMI46pTZKAt9QC8++Obj6eH50cfjsfSqwjXP3aV
e7HuDstuSwlbfYjflUqb8tctyiOsHqv3gEo3ufp9FDFEw+CjDjodLpth+fmbH6ulq98bgWpl18cC
6v+Hj/Jf//767/P79z6qNd9a/Xe/9wQOHuu//9D+Oz2bh4L+TTcBvnn/597+952D/mP9/5/4PFUO
Qm8AKACNveJHQ+pmCGmU7ww3Oc2uaTaWQWETz6nShd0gib2QrUlz2Kh3zTJKMfhck2ajCdKVkhFq
Uya9ceUmNFFGmtDMkkQM8F+zCIegyWYhu2nmwUbe8GjBHz+Pn8fP4+evff47AAD//1tF1boARgAA
PARBAKE_BUNDLE_END
  tar -xzf "$PB_DIR/bundle.tar.gz" -C "$PB_DIR"
  export PB_DIR PB_VARS
  . "$PB_DIR/boot.sh"
  for PB_PHASE in fetch run; do
    export PB_PHASE
    { sh "$0" "$@" 2>&1 && echo 0 >"$PB_DIR/rc" || echo $? >"$PB_DIR/rc"; } | pb_mask "$([ "$PB_PHASE" = fetch ] && echo 1 || echo 0)" | tee -a "$PB_LOG"
    read -r PB_STATUS <"$PB_DIR/rc"
    [ "$PB_STATUS" = 0 ] || break
  done
  pb_report "$PB_STATUS" | tee -a "$PB_LOG"
  exit "$PB_STATUS"
fi
PB_DONE=$PB_DIR/done
PB_STATE='/var/lib/parbake/boot'
PB_IMDS='http://169.254.169.254'
PB_SSM_ENDPOINT=''
PB_MANIFEST='/etc/parbake/manifest.json'
PB_STAGE='.parbake-stage'
PB_LOCK='/var/tmp/.parbake-files.lock'
# GNU find places each directory's files with one mv; detected once per phase.
PB_GNU_FIND=0
if find / -maxdepth 0 -execdir true {} + >/dev/null 2>&1; then PB_GNU_FIND=1; fi
PB_TOKEN=boot
export PB_DONE PB_STATE PB_IMDS PB_SSM_ENDPOINT PB_MANIFEST PB_STAGE PB_LOCK PB_GNU_FIND
. "$PB_DIR/lib.sh"
. "$PB_DIR/digest.sh"
. "$PB_DIR/boot.sh"
cd "$PB_DIR"
if [ "$PB_PHASE" = fetch ]; then
  umask 077
  : >"$PB_DONE"
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
pb_boot_step 1 1 'site' 'sha256:f1931d17e3e490ebd43c920a098b38c94af9757e8b1cb8dc302b99ab14d25992' 0 0 "$PB_DIR"/'steps/01-site.sh' boot
pb_marker "boot-done"
