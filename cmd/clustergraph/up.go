package main

import (
	"context"
)

func runUp(ctx context.Context, a *app, args []string) error {
	var d dbFlags
	fs := newFlags(a, "up", "[flags]",
		"The main job: make sure a database is there (the default local Neo4j unless NEO4J_URI is set),\n"+
			"apply the schema, load seeds/ and serve the API.")
	d.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	c, err := d.connect(ctx, a)
	if err != nil {
		return err
	}
	defer c.Close(context.Background())
	a.log.Info("database ready; load and serve arrive with their issues", "uri", c.uri)
	return nil
}
