"""Sexes of given names, derived by benchmarks/given_names.py: do not edit by
hand.

LISTED_MALE_GIVEN_NAMES and LISTED_FEMALE_GIVEN_NAMES: words that at least
3 of Faker's person locales list as given names of one sex, one of
them English-speaking, that no locale lists for the other sex and that the
corpus never makes the only given name of a surname written after the other
sex's title ("Mr"; "Mrs", "Ms", "Miss"); no English word or place. They widen
MALE_GIVEN_NAMES and FEMALE_GIVEN_NAMES of given_names.py.
Made with Faker 40.63.0; 132 editor's review articles left out, list sha256 f0faeee70497.
Run the script again to regenerate (--check-sexes: is this what it writes now?).
"""

from __future__ import annotations

from generator.extract.words import word_set

LISTED_MALE_GIVEN_NAMES = word_set(
    """
    Abdul Abdullah Abelardo Adalberto Adolf Adolfo Adrien Agustin Ahmad Aidan Aiden Alan
    Alberto Albin Aldo Alejandro Alessandro Alexandre Alf Alfonso Alfredo Alistair Allan
    Alois Alphonse Alvaro Alvin Alwin Amin Anders Andre Andreas Andres Andy Angelo
    Antoine Anton Antonio Ari Armand Armando Arne Arnulfo Aron Arsenio Arturo Augustin
    Aurelio Axel Barry Benito Bernardo Bernhard Bert Bertram Bertrand Bilal Bjorn Blas
    Boris Brayan Brendan Brian Caleb Callum Camilo Carl Carlo Carmelo Cas Cecil Cedric
    Celestino Charly Che Christophe Claudio Claus Clayton Clemente Clifford Colin Collin
    Connor Conor Cornelius Craig Cristian Cristobal Damian Damien Dan Danny Darin Dario
    Darius Darrell Darren Darrin Darryl Daryl Dave Declan Dennis Derek Derick Desmond
    Diego Dillon Dimitri Dimitrios Dino Dion Domenico Dominik Donal Donald Donato Dwayne
    Edgardo Edmond Edmund Eduardo Einar Eldon Elias Elie Eliseo Elliot Elliott Elmer
    Eloy Elton Elvin Emanuel Emil Emiliano Emilio Emmanuel Emmett Enrico Enrique Enzo
    Erasmo Eric Erich Erick Erik Erling Ernest Ernesto Ervin Erwin Esteban Ethan Eugenio
    Eusebio Evan Ewald Ezequiel Federico Felipe Felix Fernand Fernando Fidel Florencio
    Florentino Florian Francesco Francisco Franz Fred Freddy Frederic Fredy Fritz
    Gaetano Gareth Garrett Garry Gaston Gavin Genaro Geoffrey Gerald Gerard Gerardo
    Gerhard Gerold Gerrit Giancarlo Gianni Gil Gilberto Gino Giovanni Giovanny Giuseppe
    Gonzalo Gordon Gottlieb Graeme Gregorio Guido Guillermo Gunnar Gustav Gustavo Hamza
    Hans Harold Hasan Heriberto Horacio Hubert Hugh Humberto Ian Ignacio Isidor Isidro
    Ismael Ismail Ivan Jacky Jacques Jair Jairo Jake Jakob Jamal Jamil Jared Javier Jeff
    Jeffrey Jens Jeremy Jim Joe Johan Johnathan Johny Jon Jonas Jonatan Jonathon Jordi
    Jordy Jorge Jose Josef Josiah Jovan Juan Jules Julien Julio Julius Justin Justus Kai
    Kaleb Kane Karim Karl Keith Kenan Kenneth Kenny Kevin Khalid Kian Kieran Killian
    Koen Kristofer Kristoffer Kristopher Kurt Lars Leandro Leif Lenny Leonel Leopold
    Leopoldo Levin Lex Liam Linus Lionel Lisandro Lorenzo Lorin Luc Luciano Lucien Lucio
    Ludwig Luigi Luis Lukas Malcolm Manuel Marcelino Marcello Marcelo Marco Marcos
    Marcus Mariano Mario Marius Markus Marlon Marvin Mateo Mathew Matias Matteo Matthias
    Maurice Mauricio Mauro Maximilian Maximiliano Melvin Mervyn Micheal Miguel Misael
    Mustafa Myles Nathan Nathaniel Neil Nico Nicolas Nigel Niko Nikolai Nikolas Nils Noe
    Nolan Norbert Norberto Octavio Olaf Ole Omar Omer Osman Osvaldo Oswaldo Otto Pablo
    Pasquale Patric Paulo Pedro Phillip Pius Porfirio Quentin Quinten Rafael Ralph
    Ramiro Ramon Raoul Raul Rayan Raymond Reginald Reinaldo Reinhold Reynaldo Richard
    Ricky Rigoberto Robby Roberto Rocco Rodney Rodolfo Rodrigo Rogelio Roger Rohan
    Roland Rolando Ronald Ronaldo Ronan Ronny Rosendo Roy Ruben Rudolf Rudy Ryan
    Salvatore Samir Sammy Santino Saverio Seamus Sean Sebastian Sergio Shaun Silas
    Silvester Silvio Stan Stefan Stephan Steve Steven Sylvester Theo Theodore Tim Tobias
    Tomas Tommy Tony Travis Trevor Tyrone Ulises Uriel Valentin Valentino Vicente
    Victoriano Vince Vincent Vincenzo Vito Waldemar Wenzel Werner Wilfredo Wilhelm
    William Willy Wilmer Yusuf Zachary Zakaria
    """
)

LISTED_FEMALE_GIVEN_NAMES = word_set(
    """
    Aaliyah Abbie Abby Abigail Abril Adela Adele Adelina Adeline Adina Adriana Adrienne
    Agatha Agnes Aida Aileen Aimee Aisha Alana Albertina Albertine Albina Alejandra
    Alena Alessandra Alexa Alexandra Alice Alicia Alida Alina Alisa Alisha Alison Alix
    Alla Allison Alma Alondra Alyssa Amalia Amalie Amanda Amaya Amelie Amina Amira
    Amparo Amy Anabel Anastasia Angela Angelina Angeline Angie Anika Anissa Anita Ann
    Annabella Annabelle Annalise Anne-Marie Anneliese Annemarie Annetta Annette Annie
    Annika Antoinette Antonia Antonina Araceli Ariane Ashlee Ashleigh Astrid Audrey
    Aurelia Aurore Ava Ayla Aylin Barbara Beatrix Beatriz Belinda Bella Benita
    Bernadette Berta Bertha Bethany Bettina Betty Beverley Bianca Blanca Brenda Briana
    Brianna Brigitte Britta Caitlin Caitlyn Calista Camila Camilla Cara Caren Carin
    Carla Carlota Carly Carmela Carole Carolyn Casandra Catalina Cathleen Cathrine Cathy
    Cecilia Celia Celina Celine Chantal Chantelle Charlene Charline Charlotta Chelsea
    Chelsey Cherie Cheryl Chloe Christa Christel Christiana Christin Christine Ciara
    Cindy Cinthia Claire Clara Clarisa Clarissa Claudette Claudia Claudine Clementina
    Clotilde Collette Concetta Consuela Consuelo Coralie Corina Corine Corinna Corinne
    Cornelia Cristina Dafne Dagmar Dagny Dalia Damaris Danica Daniela Daniella Danielle
    Daria Dayana Debbie Debora Deborah Debra Delfina Delia Delphine Demi Denise Desiree
    Deyanira Dianne Dina Dolores Domenica Dominga Dorcas Doreen Dorine Dorothea Dorothy
    Dulce Ebba Eda Edel Edith Edna Eileen Eilish Elaine Elba Eleanor Elena Eleonora
    Eleonore Eliana Elisabeth Elise Eliza Ella Ellen Ellie Elma Elna Elodie Elsa Elsie
    Elvia Elvira Ema Emilie Emily Enya Erika Erna Ernestina Ernestine Esmeralda
    Esperanza Estela Estella Estelle Estrella Ethel Etta Eunice Eva Evelin Evelina
    Eveline Evelyne Evie Evita Fabiola Farah Faye Felicitas Fernanda Filomena Fiona
    Flavia Francesca Francine Francisca Frida Frieda Gabriela Gabriella Gabrielle
    Genoveva Georgina Geraldine Gerda Gertrude Giada Gianna Gilda Gillian Gina Giovanna
    Giuliana Gladys Glenda Gloria Graciela Greta Griselda Habiba Hailey Halima Hana
    Hanna Hannah Harriet Hayley Hedwig Heidi Heidy Helene Helga Helma Henrietta
    Henriette Hermine Herminia Hilda Hildegard Hilma Hortense Hulda Ilona Imelda Ina
    Inaya Ines Inez Ingeborg Ingrid Irene Irma Isabell Isabelle Isobel Ivana Ivonne
    Jacinta Jacqueline Jael Jamila Jana Jane Janet Janette Janice Janine Janna Jaqueline
    Jayne Jeanette Jeanine Jeanne Jeannette Jeannine Jemma Jenifer Jenna Jennifer
    Jessica Jill Jillian Jimena Joana Joanna Joanne Jocelyn Jocelyne Jodi Jodie Jody
    Johana Johanna Jolene Jonna Josefa Josefina Josephine Josette Jovita Juana Juanita
    Judy Julia Juliana Julianna Julie Juliet Juliette Justina Kaitlin Kaitlyn Kamila
    Karin Karina Karla Katarina Kate Katelyn Katerina Katharina Katharine Katherin
    Katherine Kathleen Kathryn Kathy Kati Katia Katie Katrina Katy Kayla Kaylee Kayleigh
    Kellie Kendra Kerri Khadija Kira Kirsten Kirstin Kirsty Krista Kristi Kristina
    Kristine Kristy Krystal Kyara Kyra Laila Lana Larissa Laura Laureen Lauren Laurie
    Lavinia Layla Leah Leana Leandra Leanne Leena Leila Leona Leonie Leonor Leonora
    Leticia Leyla Lia Lidia Lila Lilia Lilian Liliana Lilla Lillian Lilly Lina Linda
    Linnea Lisa Lisbeth Lise Lisette Livia Liz Lois Lorena Loretta Lorna Lotta Louisa
    Louise Lourdes Luana Lucia Luciana Lucie Lucinda Luisa Luz Lynda Lynne Mabel
    Madeleine Madeline Maeve Magdalene Maida Maira Mandy Manuela Marcela Marcelina
    Marcella Marcelle Marcia Maren Margaret Margarete Margaretha Margot Margret Mariah
    Mariam Mariana Mariann Marianna Marianne Maribel Maricela Marie Marie-Claire Mariela
    Marietta Marilyn Marisa Marisela Marisol Marissa Marita Maritza Marjorie Marleen
    Marlen Marlene Marta Martha Martina Martine Maryam Mathilda Mathilde Matilda Matilde
    Maud Maude Maura Maureen Maurine Mayra Megan Meghan Melanie Melina Melinda Melisa
    Mercedes Mia Micaela Michaela Mikaela Mikayla Milagros Milda Milka Millicent Minna
    Mira Mireya Miriam Moira Monica Monika Monique Muriel Nadia Nadine Nana Natalia
    Natalie Nataly Natasha Nathalie Nelly Niamh Nichole Nicole Nikita Nikki Nilda Noelia
    Nora Norah Octavia Odette Odile Ofelia Olena Oliva Olivia Ottilia Paloma Pamela
    Patricia Paula Paulette Paulina Peggy Perla Petra Philomena Phyllis Polly Priscila
    Priscilla Rachael Rachelle Rafaela Ragna Randi Raquel Rebeca Reina Rena Renata Renee
    Rhonda Ria Rita Roberta Robyn Rosalia Rosalie Rosanna Rosaria Rosemarie Rosie Rosina
    Roxana Roxane Sabina Sabrina Salma Samantha Samira Sandra Sara Sarina Saskia
    Scarlett Selena Selina Serena Shana Shania Shauna Sheena Sheila Sheree Sheryl Signe
    Sigrid Simona Sina Sinead Siobhan Socorro Sonia Sonja Sonya Sophia Sophie Stefani
    Stefanie Susan Susana Susann Susanne Suzanne Sylvia Tabitha Tamara Tami Tania Tanja
    Tanya Tatiana Terri Tess Tessa Thelma Theodora Therese Theresia Tina Tonya Una
    Ursula Valentina Valeria Valerie Vanesa Verena Vicki Vicky Vida Vilma Vincenza
    Violeta Violetta Violette Viviana Vivienne Wanda Wendy Wilma Ximena Xiomara Yasmin
    Yasmine Yesenia Yolanda Yuliana Yvette Yvonne Zara Zelma Zina Zita Zoe Zoey Zora
    """
)
