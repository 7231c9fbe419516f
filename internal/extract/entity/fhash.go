package entity

// fhash is the state of a 64-bit FNV-1a hash. A feature's hash is that of
// its name and values joined by NUL bytes; the names' states are computed
// once, and the values are hashed onto them in place.
type fhash uint64

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fname is the state after a feature name.
func fname(s string) fhash { return fhash(fnvOffset).add(s) }

// add hashes the bytes of s.
func (h fhash) add(s string) fhash {
	for i := 0; i < len(s); i++ {
		h ^= fhash(s[i])
		h *= fnvPrime
	}
	return h
}

// and hashes a NUL separator, then s.
func (h fhash) and(s string) fhash { return (h * fnvPrime).add(s) } // h ^= 0

// and2 hashes a NUL separator, then the two pieces of p.
func (h fhash) and2(p piece2) fhash { return (h * fnvPrime).add(p.a).add(p.b) }

// andCoarse hashes a separator and the token's coarse cluster id, or "-".
func (h fhash) andCoarse(t *tokInfo) fhash {
	if t.cl {
		return h.and(num(t.coarse))
	}
	return h.and("-")
}

// andFine hashes a separator and the token's fine cluster id, or "-".
func (h fhash) andFine(t *tokInfo) fhash {
	if t.cl {
		return h.and(num(t.fine))
	}
	return h.and("-")
}

// The feature names, hashed. Arrays hold the variants of a feature by
// position: [k] for k runes, or [0] left and [1] right.
var (
	fBias, fW, fB, fP, fS           = fname("bias"), fname("w"), fname("b"), fname("p"), fname("s")
	fW_1, fW1, fW_2, fW2            = fname("w-1"), fname("w+1"), fname("w-2"), fname("w+2")
	fB_1, fB1, fB_1B, fBB1, fB_2B_1 = fname("b-1"), fname("b+1"), fname("b-1b"), fname("bb+1"), fname("b-2b-1")
	fPre                            = [5]fhash{0, fname("pre1"), fname("pre2"), fname("pre3"), fname("pre4")}
	fSuf                            = [5]fhash{0, fname("suf1"), fname("suf2"), fname("suf3"), fname("suf4")}
	fWsuf2, fShape, fShape_1Shape1  = fname("wsuf2"), fname("shape"), fname("shape-1|shape+1")
	fDef, fFirst                    = fname("def"), fname("first")
	fTrig, fTrig_1, fTrig_2, fTrig1 = fname("trig"), fname("trig-1"), fname("trig-2"), fname("trig+1")
	fClC                            = [3]fhash{fname("cc"), fname("c-1c"), fname("c+1c")}
	fClF                            = [3]fhash{fname("cf"), fname("c-1f"), fname("c+1f")}
	fClNone                         = [3]fhash{fname("cnone"), fname("c-1none"), fname("c+1none")}
	fCC                             = fname("cc")
	fNe, fNe_1, fNe1                = fname("ne"), fname("ne-1"), fname("ne+1")
	fNe_1Ne, fNeNe1                 = fname("ne-1|ne"), fname("ne|ne+1")
	fReg, fReg_1, fReg1             = fname("reg"), fname("reg-1"), fname("reg+1")
	fGaz, fGaz_1Gaz, fGaz1          = fname("gaz"), fname("gaz-1|gaz"), fname("gaz+1")

	fPre2                       = [2]fhash{fname("pre2-1"), fname("pre21")}
	fSuf2                       = [2]fhash{fname("suf2-1"), fname("suf21")}
	fSuf3                       = [2]fhash{fname("suf3-1"), fname("suf31")}
	fPd                         = [2]fhash{fname("p-1"), fname("p1")}
	fC2F                        = [2]fhash{fname("c-2f"), fname("c2f")}
	fC2None                     = [2]fhash{fname("c-2none"), fname("c2none")}
	fNe2                        = [2]fhash{fname("ne-2"), fname("ne2")}
	fCf_1Cf, fCfCf1             = fname("cf-1|cf"), fname("cf|cf+1")
	fTrig_1Cf, fTrig_1Shape     = fname("trig-1|cf"), fname("trig-1|shape")
	fB_1Cf, fCfB1               = fname("b-1|cf"), fname("cf|b+1")
	fNel, fNer                  = fname("nel"), fname("ner")
	fGiven                      = fname("given")
	fGiven_1Given, fGivenGiven1 = fname("given-1|given"), fname("given|given+1")
	fGiven_1Ne                  = fname("given-1|ne")
	fW_1W, fWW1                 = fname("w-1w"), fname("ww+1")
)
