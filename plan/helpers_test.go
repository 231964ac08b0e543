package plan

import (
	"errors"

	"github.com/parbake/packer-plugin-parbake/recipe"
)

func asRecipeError(err error, target **recipe.Error) bool { return errors.As(err, target) }
