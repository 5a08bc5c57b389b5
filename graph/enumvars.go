package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// enumVariables rejects variable values that are not members of their enum.
// gqlparser checks enum literals written in the query but lets variable
// values through to the generated unmarshalers, whose errors carry no mark
// of being about the client's input, so without this check a misspelt enum
// in a variable reached clients as "internal error".
type enumVariables struct{ schema *ast.Schema }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = (*enumVariables)(nil)

func (*enumVariables) ExtensionName() string { return "EnumVariables" }

func (e *enumVariables) Validate(s graphql.ExecutableSchema) error {
	e.schema = s.Schema()
	return nil
}

func (e *enumVariables) MutateOperationContext(_ context.Context, op *graphql.OperationContext) *gqlerror.Error {
	if op.Operation == nil || e.schema == nil {
		return nil
	}
	for _, vd := range op.Operation.VariableDefinitions {
		v, ok := op.Variables[vd.Variable]
		if !ok {
			continue
		}
		if msg := e.check(vd.Type, v, 0); msg != "" {
			return gqlerror.Errorf("variable $%s: %s", vd.Variable, msg)
		}
	}
	return nil
}

// check walks a value against its type and returns the first enum problem.
func (e *enumVariables) check(t *ast.Type, v any, depth int) string {
	if v == nil || t == nil || depth > 20 {
		return ""
	}
	if t.Elem != nil {
		list, ok := v.([]any)
		if !ok {
			// A single value stands for a list of one (input coercion).
			return e.check(t.Elem, v, depth+1)
		}
		for _, x := range list {
			if msg := e.check(t.Elem, x, depth+1); msg != "" {
				return msg
			}
		}
		return ""
	}
	def := e.schema.Types[t.NamedType]
	if def == nil {
		return ""
	}
	switch def.Kind {
	case ast.Enum:
		s, ok := v.(string)
		if !ok {
			return fmt.Sprintf("%s values are strings, got %T", def.Name, v)
		}
		if def.EnumValues.ForName(s) == nil {
			names := make([]string, len(def.EnumValues))
			for i, ev := range def.EnumValues {
				names[i] = ev.Name
			}
			return fmt.Sprintf("%q is not a value of %s (one of %s)", s, def.Name, strings.Join(names, ", "))
		}
	case ast.InputObject:
		obj, ok := v.(map[string]any)
		if !ok {
			return ""
		}
		for _, f := range def.Fields {
			if msg := e.check(f.Type, obj[f.Name], depth+1); msg != "" {
				return f.Name + ": " + msg
			}
		}
	}
	return ""
}
