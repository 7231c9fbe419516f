package cli

import (
	"github.com/spf13/cobra"

	"github.com/marsad/marsad/internal/pipeline"
)

// pipelineFlags are the flags that shape the analysis: user data files.
type pipelineFlags struct {
	registry  string
	gazetteer string
}

func (f *pipelineFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.registry, "registry", "", "an extra actor registry file to use beside the shipped one")
	cmd.Flags().StringVar(&f.gazetteer, "gazetteer", "", "an extra gazetteer file (TSV) to use beside the shipped one")
}

func (f *pipelineFlags) build() (*pipeline.Pipeline, error) {
	return pipeline.New(pipeline.Options{RegistryFile: f.registry, GazetteerFile: f.gazetteer})
}
