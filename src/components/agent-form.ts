// WebMCP's declarative form tools (W3C WebMCP draft, declarative API): a widget's <form> carries `toolname`,
// `tooldescription` and `toolautosubmit`, its controls `name` and `toolparamdescription`, and the browser lists the
// form as a tool an agent fills and submits as a reader would. The texts come as props from the Astro wrapper
// (src/agents/form-tools.ts), so the islands ship none of them.

/** A widget form as a tool: its name, what it does, and each control's parameter name with its description. */
export interface FormTool {
	name: string;
	description: string;
	/** Parameter name (the control's `name`) -> description, for the controls the tool covers. */
	params: Record<string, string>;
}

/** The `<form>` attributes of `tool` (none without one). */
export const formToolAttributes = (tool?: FormTool): Record<string, string | boolean> =>
	tool ? { toolname: tool.name, tooldescription: tool.description, toolautosubmit: true } : {};

/** A control's `name` and `toolparamdescription` for parameter `name` of `tool` (none when the tool lacks it). */
export const paramAttributes = (tool: FormTool | undefined, name: string): Record<string, string> =>
	tool?.params[name] !== undefined ? { name, toolparamdescription: tool.params[name] } : {};

type AgentSubmitEvent = Event & { agentInvoked?: boolean; respondWith?: (response: Promise<unknown>) => void };

/**
 * The widget form's submit handler: never navigates (the widget answers as its fields change); when a browser agent
 * submitted it (`agentInvoked`), hands the agent `respond()`'s text, the answer the widget shows.
 */
export const submitForAgent = (respond: () => Promise<string>) => (event: Event) => {
	event.preventDefault();
	const submit = event as AgentSubmitEvent;
	if (submit.agentInvoked && submit.respondWith) submit.respondWith(respond());
};
