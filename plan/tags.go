package plan

// Image tag keys: an image records which bake it holds, so boot user data can be paired with it.
const (
	TagDigest = "parbake:digest"
	TagRecipe = "parbake:recipe"
	// TagRole is the role the bake was for ("" for a recipe without roles): a retirement acts
	// only on the earlier images of the same recipe and role.
	TagRole = "parbake:role"
	// TagWarmPool is the warm pool's state when the plan has one: the image's instances expect
	// a group that can have a warm pool.
	TagWarmPool = "parbake:warm-pool"
)

// ImageTags are the tags an image baked from this plan should carry.
func (p *Plan) ImageTags() map[string]string {
	tags := map[string]string{TagDigest: p.BakeDigest, TagRecipe: p.Recipe, TagRole: p.Role}
	if steps := p.StepsTag(); steps != "" {
		tags[TagSteps] = steps
	}
	if wp := p.Policy.WarmPool; wp != nil {
		tags[TagWarmPool] = wp.State
	}
	return tags
}
