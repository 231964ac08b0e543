// Command packer-plugin-parbake is the parbake Packer plugin. It only registers the components;
// each lives in its own package.
package main
