package date

import (
	"math"
	"time"
)

// The Umm al-Qura calendar of Saudi Arabia, which the Gulf press and most
// calendars of Hijri holidays follow, starts a month on the evening of the
// 29th when, at Mecca, the conjunction of the moon falls before sunset and
// the moon sets after the sun; otherwise the month has 30 days. ummAlQuraStart
// applies that rule with low-precision formulas for the new moon, the sun and
// the moon (J. Meeus, Astronomical Algorithms, ch. 25, 47 and 49): minutes
// and tenths of a degree, enough except when the moon sets within a few
// minutes of the sun.

// mecca is the place where the rule is applied.
const (
	meccaLat = 21.4225
	meccaLon = 39.8262
	// jdUnix is the Julian day of 1970-01-01T00:00Z.
	jdUnix = 2440587.5
)

// ummAlQuraStart returns the first day of Hijri month m of year y, and false
// outside the years the rule has been used for (1420-1500 AH).
func ummAlQuraStart(y, m int) (day, bool) {
	if y < 1420 || y > 1500 || m < 1 || m > 12 {
		return day{}, false
	}
	tab := tabularJD(y, m, 1)
	// the conjunction a day or two before the tabular first of the month
	k := math.Round((tab - 1.5 - 2451550.1) / 29.530588861)
	conj := utcOfJD(newMoonJDE(k) - 69.0/86400)
	local := dayOf(conj.Add(3 * time.Hour)) // Mecca is UTC+3
	sunset := meccaSunset(local)
	if conj.Before(sunset) && moonAltitude(sunset) > 0.125 {
		return local.add(1), true
	}
	return local.add(2), true
}

func utcOfJD(jd float64) time.Time {
	sec := (jd - jdUnix) * 86400
	return time.Unix(int64(math.Floor(sec)), 0).UTC()
}

func jdOf(t time.Time) float64 { return jdUnix + float64(t.Unix())/86400 }

func rad(d float64) float64 { return d * math.Pi / 180 }

func sinD(d float64) float64 { return math.Sin(rad(d)) }

// newMoonJDE is the time (Julian ephemeris day) of new moon number k after
// that of 6 January 2000 (Meeus ch. 49, the main periodic terms).
func newMoonJDE(k float64) float64 {
	t := k / 1236.85
	jde := 2451550.09766 + 29.530588861*k + 0.00015437*t*t - 0.000000150*t*t*t
	e := 1 - 0.002516*t - 0.0000074*t*t
	m := 2.5534 + 29.10535670*k - 0.0000014*t*t
	mp := 201.5643 + 385.81693528*k + 0.0107582*t*t
	f := 160.7108 + 390.67050284*k - 0.0016118*t*t
	om := 124.7746 - 1.56375588*k + 0.0020672*t*t
	return jde - 0.40720*sinD(mp) + 0.17241*e*sinD(m) + 0.01608*sinD(2*mp) + 0.01039*sinD(2*f) +
		0.00739*e*sinD(mp-m) - 0.00514*e*sinD(mp+m) + 0.00208*e*e*sinD(2*m) - 0.00111*sinD(mp-2*f) -
		0.00057*sinD(mp+2*f) + 0.00056*e*sinD(2*mp+m) - 0.00042*sinD(3*mp) + 0.00042*e*sinD(m+2*f) +
		0.00038*e*sinD(m-2*f) - 0.00024*e*sinD(2*mp-m) - 0.00017*sinD(om) - 0.00007*sinD(mp+2*m)
}

// meccaSunset is the time of sunset at Mecca on d (NOAA's approximation).
func meccaSunset(d day) time.Time {
	noon := d.time().Add(12 * time.Hour)
	t := (jdOf(noon) - meccaLon/360 - 2451545) / 36525
	l := math.Mod(280.46646+36000.76983*t, 360)
	g := rad(math.Mod(357.52911+35999.05029*t, 360))
	c := (1.914602-0.004817*t)*math.Sin(g) + 0.019993*math.Sin(2*g)
	eps := rad(23.439)
	dec := math.Asin(math.Sin(eps) * math.Sin(rad(l+c)))
	y := math.Pow(math.Tan(eps/2), 2)
	eot := 4 * (180 / math.Pi) * (y*math.Sin(2*rad(l)) - 2*0.0167*math.Sin(g) + 4*0.0167*y*math.Sin(g)*math.Cos(2*rad(l)))
	lat := rad(meccaLat)
	ha := math.Acos(math.Cos(rad(90.833))/(math.Cos(lat)*math.Cos(dec)) - math.Tan(lat)*math.Tan(dec))
	mins := 720 - 4*(meccaLon-ha*180/math.Pi) - eot
	return d.time().Add(time.Duration(mins * float64(time.Minute)))
}

// moonAltitude is the geocentric altitude in degrees of the moon's centre
// at Mecca at t (Meeus ch. 47, the largest terms).
func moonAltitude(t time.Time) float64 {
	jd := jdOf(t)
	c := (jd + 69.0/86400 - 2451545) / 36525
	lp := 218.3164477 + 481267.88123421*c
	d := 297.8501921 + 445267.1114034*c
	m := 357.5291092 + 35999.0502909*c
	mp := 134.9633964 + 477198.8675055*c
	f := 93.2720950 + 483202.0175233*c
	e := 1 - 0.002516*c
	lon := lp + 6.288774*sinD(mp) + 1.274027*sinD(2*d-mp) + 0.658314*sinD(2*d) + 0.213618*sinD(2*mp) -
		0.185116*e*sinD(m) - 0.114332*sinD(2*f) + 0.058793*sinD(2*d-2*mp) + 0.057066*e*sinD(2*d-m-mp) +
		0.053322*sinD(2*d+mp) + 0.045758*e*sinD(2*d-m) - 0.040923*e*sinD(m-mp) - 0.034720*sinD(d) -
		0.030383*e*sinD(m+mp)
	lat := 5.128122*sinD(f) + 0.280602*sinD(mp+f) + 0.277693*sinD(mp-f) + 0.173237*sinD(2*d-f) +
		0.055413*sinD(2*d-mp+f) + 0.046271*sinD(2*d-mp-f) + 0.032573*sinD(2*d+f) + 0.017198*sinD(2*mp+f)
	eps := rad(23.4393)
	l, b := rad(math.Mod(lon, 360)), rad(lat)
	ra := math.Atan2(math.Sin(l)*math.Cos(eps)-math.Tan(b)*math.Sin(eps), math.Cos(l))
	dec := math.Asin(math.Sin(b)*math.Cos(eps) + math.Cos(b)*math.Sin(eps)*math.Sin(l))
	gmst := rad(math.Mod(280.46061837+360.98564736629*(jd-2451545), 360))
	h := gmst + rad(meccaLon) - ra
	phi := rad(meccaLat)
	return math.Asin(math.Sin(phi)*math.Sin(dec)+math.Cos(phi)*math.Cos(dec)*math.Cos(h)) * 180 / math.Pi
}
