package plan

// Image tag keys: an image records which bake it holds, so boot user data can be paired with it.
const (
	TagDigest = "parbake:digest"
	TagRecipe = "parbake:recipe"
)

// ImageTags are the tags an image baked from this plan should carry.
func (p *Plan) ImageTags() map[string]string {
	tags := map[string]string{TagDigest: p.BakeDigest, TagRecipe: p.Recipe}
	if steps := p.StepsTag(); steps != "" {
		tags[TagSteps] = steps
	}
	return tags
}
