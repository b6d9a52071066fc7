/** The client command that opens the deployment view (arguments: logical id, then optionally the document URI). */
export const SHOW_DEPLOYMENT_COMMAND = 'cfnCoach.showDeployment';
