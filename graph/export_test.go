package graph

// SetFlatLists turns the flat-list fast path (flat.go) on or off, so that
// tests can compare its answers with gqlgen's; it returns the old setting.
func SetFlatLists(on bool) bool {
	return flatLists.Swap(on)
}

// SetFastAnswers turns the fast way of writing answers (transport.go) on
// or off; it returns the old setting.
func SetFastAnswers(on bool) bool {
	return fastAnswers.Swap(on)
}
